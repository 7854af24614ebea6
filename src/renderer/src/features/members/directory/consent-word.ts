import type { PersonRow } from '@shared/members'
import type { MessageKey } from '@renderer/i18n'

/** A person's consent as the lists show it: a restriction outweighs it, since nothing may be done with them meanwhile. */
export const consentWord = (person: Pick<PersonRow, 'consent' | 'restricted'>): MessageKey =>
  person.restricted ? 'directory.consent.restricted' : person.consent ? 'directory.consent.yes' : 'directory.consent.no'
