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

/**
 * A text with i18next plural forms (`key_one`, `key_other`): i18next picks the form from `count`
 * when asked for the bare key, which the key type does not list, so callers name the `_other` form.
 */
export const countedText = (
  t: Translate,
  key: Extract<MessageKey, `${string}_other`>,
  count: number,
  params: Record<string, string | number> = {},
): string => t(key.slice(0, -'_other'.length) as MessageKey, { ...params, count })
