import { CONTACT_FIELD, isContactField, type ImportKind } from '@shared/members'
import type { MessageKey, Translate } from '@renderer/i18n'

/** Where an import field's label differs from the form's: a file names its OMS by name. */
const labelKeys: Record<ImportKind, Record<string, string>> = {
  organisations: { name: 'organisationName' },
  people: { organisation: 'organisationName' },
}

/** A field's label in the wizard; the field names come from main's ImportOpened. */
export const fieldLabel = (t: Translate, kind: ImportKind, field: string): string =>
  isContactField(field)
    ? t('memberImport.map.contactField', {
        field: t(`memberField.${field.slice(CONTACT_FIELD.length)}` as MessageKey),
      })
    : t(`memberField.${labelKeys[kind][field] ?? field}` as MessageKey)
