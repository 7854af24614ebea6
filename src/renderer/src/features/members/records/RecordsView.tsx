import type { ReactNode } from 'react'
import type { MembersRoute } from '../routes'
import { MergePage } from './MergePage'
import { OrganisationForm } from './OrganisationForm'
import { OrganisationProfile } from './OrganisationProfile'
import { PersonForm } from './PersonForm'
import { PersonPage } from './PersonPage'

/** Forms keep a readable measure inside the members screen's full width. */
const FormPage = ({ children }: { children: ReactNode }) => <div className="form-page">{children}</div>

/** Profil Mitra records: each organisation's and person's page, their forms, and merging two into one. */
export function RecordsView({ route }: { route: Exclude<MembersRoute, { view: 'directory' | 'import' }> }) {
  switch (route.view) {
    case 'organisation':
      return <OrganisationProfile key={route.id} id={route.id} />
    case 'newOrganisation':
      return (
        <FormPage>
          <OrganisationForm key="new" id={null} />
        </FormPage>
      )
    case 'editOrganisation':
      return (
        <FormPage>
          <OrganisationForm key={route.id} id={route.id} />
        </FormPage>
      )
    case 'person':
      return <PersonPage key={route.id} id={route.id} />
    case 'newPerson':
      return (
        <FormPage>
          <PersonForm key={`new-${route.organisationId}`} id={null} organisationId={route.organisationId} />
        </FormPage>
      )
    case 'editPerson':
      return (
        <FormPage>
          <PersonForm key={route.id} id={route.id} organisationId={null} />
        </FormPage>
      )
    case 'merge':
      return <MergePage key={`${route.survivorId}-${route.mergedId}`} {...route} />
  }
}
