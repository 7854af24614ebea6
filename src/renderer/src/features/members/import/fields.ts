import type { ImportKind } from '../../../../../shared/members'
import type { MessageKey, Translate } from '../../../i18n'

/** A field's label in the wizard; the field names come from main's ImportOpened. */
export const fieldLabel = (t: Translate, kind: ImportKind, field: string): string =>
  t(`memberImport.fields.${kind}.${field}` as MessageKey)
