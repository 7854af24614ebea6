import './catalog'
import './page.css'
import { useEffect } from 'react'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { InitiativePledges } from '@renderer/features/galang-daya/pledges/InitiativePledges'
import { useHub } from '@renderer/features/hub/store'
import { useReference } from '@renderer/features/reference/store'
import { InitiativeStories } from '../stories/InitiativeStories'
import { initiativesHref } from '../routes'
import { DeleteInitiative } from './DeleteInitiative'
import { Facts } from './Facts'
import { NeedsSection } from './NeedsSection'
import { StatusBadge, StatusSection } from './StatusSection'
import { StepsSection } from './StepsSection'
import { useInitiativePage } from './store'
import { ViewHeading } from './ViewHeading'

/** One initiative: what it is, its status, the six formulation steps, its needs, pledges and stories. */
export function InitiativePage({ id }: { id: string }) {
  const t = useText()
  const { initiative, error, load } = useInitiativePage()
  const provinceCode = useHub((state) => (state.status?.setUp ? state.status.identity.provinceCode : null))
  const loadTaxonomies = useReference((state) => state.loadTaxonomies)
  useEffect(() => {
    void loadTaxonomies(provinceCode)
    void load(id)
  }, [id, provinceCode, load, loadTaxonomies])

  if (initiative?.id !== id)
    return (
      <>
        <ViewHeading>{t('initiativePage.title')}</ViewHeading>
        <ErrorAlert error={error} />
      </>
    )
  return (
    <>
      <ViewHeading>
        {initiative.title} <StatusBadge status={initiative.status} />
      </ViewHeading>
      <div className="initiative-actions">
        <a className="button" href={initiativesHref({ view: 'edit', id })}>
          {t('initiativePage.edit')}
        </a>
        <DeleteInitiative title={initiative.title} />
      </div>
      <Facts initiative={initiative} />
      <StatusSection initiative={initiative} />
      <StepsSection initiative={initiative} />
      <NeedsSection initiative={initiative} />
      <section className="card" aria-labelledby="initiative-pledges-title">
        <h2 id="initiative-pledges-title">{t('initiativePage.galangDaya.title')}</h2>
        <InitiativePledges initiativeId={id} />
      </section>
      <InitiativeStories initiativeId={id} />
    </>
  )
}
