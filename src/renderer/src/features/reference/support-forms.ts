import type { Catalog } from '@shared/i18n/id'
import { termNamesEn } from '@shared/i18n/terms-en'
import { termNamesId } from '@shared/i18n/terms-id'
import { registerMessages } from '@renderer/i18n'

/**
 * The seven forms of support by name: one wording wherever a need, a pledge, a supporter's totals
 * or a receipt names one. Each catalog that needs them imports this module.
 */
const supportFormId = termNamesId.supportForm

const supportFormEn: Catalog<typeof supportFormId> = termNamesEn.supportForm

type SupportFormMessages = { supportForm: typeof supportFormId }

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the forms' names in
  interface FeatureMessages extends SupportFormMessages {}
}

registerMessages({ id: { supportForm: supportFormId }, en: { supportForm: supportFormEn } })
