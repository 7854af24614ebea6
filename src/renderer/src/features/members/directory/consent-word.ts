import type { PersonRow } from '@shared/members'
import type { MessageKey } from '@renderer/i18n'

/**
 * A person's consent as the lists show it: an erasure leaves none to speak of, and a restriction
 * outweighs it, since nothing may be done with them meanwhile.
 */
export const consentWord = (person: Pick<PersonRow, 'consent' | 'restricted' | 'erased'>): MessageKey =>
  person.erased
    ? 'directory.consent.erased'
    : person.restricted
      ? 'directory.consent.restricted'
      : person.consent
        ? 'directory.consent.yes'
        : 'directory.consent.no'
