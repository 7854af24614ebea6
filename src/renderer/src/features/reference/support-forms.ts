import type { Catalog } from '@shared/i18n/id'
import { registerMessages } from '@renderer/i18n'

/**
 * The seven forms of support by name: one wording wherever a need, a pledge, a supporter's totals
 * or a receipt names one. Each catalog that needs them imports this module.
 */
const supportFormId = {
  funds: 'Dana',
  goods: 'Barang/fasilitas',
  time: 'Waktu & keahlian',
  knowledge: 'Pengetahuan & teknologi',
  policy: 'Kebijakan/advokasi',
  cooperation: 'Kerja sama',
  other: 'Lainnya',
}

const supportFormEn: Catalog<typeof supportFormId> = {
  funds: 'Funds',
  goods: 'Goods/facilities',
  time: 'Time & expertise',
  knowledge: 'Knowledge & technology',
  policy: 'Policy/advocacy',
  cooperation: 'Cooperation',
  other: 'Other',
}

type SupportFormMessages = { supportForm: typeof supportFormId }

declare module '@renderer/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the forms' names in
  interface FeatureMessages extends SupportFormMessages {}
}

registerMessages({ id: { supportForm: supportFormId }, en: { supportForm: supportFormEn } })
