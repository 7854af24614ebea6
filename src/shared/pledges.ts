import { z } from 'zod'
import { emailField, phoneField, textField, type Lines } from './fields'
import { measureOf, supportForms, type NeedMeasure, type SupportForm } from './initiatives'
import type { DuplicateReason } from './members'

/** A pledge is measured as the need it answers: the initiatives capability says how. */
export { measureOf, supportForms, type SupportForm }

export const supporterKinds = [
  'individual',
  'community',
  'umkm',
  'company',
  'government',
  'philanthropy',
  'organisation',
  'media',
  'other',
] as const
export type SupporterKind = (typeof supporterKinds)[number]
export const instalmentIntervals = ['monthly', 'quarterly'] as const
export type InstalmentInterval = (typeof instalmentIntervals)[number]
export const partnershipModels = ['contact', 'cooperation', 'alliance', 'coalition'] as const
export const partnerTypes = ['government', 'private', 'organisation', 'university', 'media'] as const
export const pledgeStatuses = ['promised', 'partial', 'fulfilled', 'overdue', 'cancelled'] as const
export type PledgeStatus = (typeof pledgeStatuses)[number]

/** Larger amounts would lose whole rupiah in JavaScript numbers. */
export const MAX_AMOUNT = 1_000_000_000_000_000

/** Optional free text; blank or null (as a row read back gives it) means none. */
const text = (max: number, lines: Lines) =>
  textField(max, lines)
    .nullable()
    .transform((value) => (value === '' ? null : value))
const id = z.uuid({ error: 'validation.invalid' })

const isoDate = /^\d{4}-\d{2}-\d{2}$/
/** A calendar date YYYY-MM-DD that exists; whether it may lie ahead is the service's to say. */
export const calendarDate = (key: string) =>
  z
    .string({ error: key })
    .trim()
    .refine((value) => isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
      error: key,
    })

/** A whole, positive count (rupiah, pieces, hours); none is null. Fractions and negatives get `key`. */
const positive = (key: string) =>
  z
    .union([z.number(), z.null()], { error: key })
    .refine((value) => value === null || (Number.isInteger(value) && value > 0 && value <= MAX_AMOUNT), {
      error: key,
    })

const page = {
  offset: z.number().int().min(0).prefault(0),
  limit: z.number().int().min(1).max(500).prefault(100),
}

// ---------- supporters ----------

const supporterShape = z.strictObject({
  name: textField(200, 'single', 'validation.pledges.supporter.name').refine(
    (value) => (value.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2,
    { error: 'validation.pledges.supporter.name' },
  ),
  kind: z.enum(supporterKinds, { error: 'validation.pledges.supporter.kind' }),
  organisationId: id.nullable().prefault(null),
  regencyCode: z
    .string()
    .regex(/^\d{2}\.\d{2}$/, { error: 'validation.pledges.supporter.regency' })
    .nullable()
    .prefault(null),
  contactPerson: text(200, 'single').prefault(''),
  phone: phoneField.prefault(''),
  email: emailField.prefault(''),
  address: text(500, 'multi').prefault(''),
  consent: z.boolean().prefault(false),
  consentOn: calendarDate('validation.date.invalid').nullable().prefault(null),
  notes: text(4000, 'multi').prefault(''),
})

type SupporterShape = z.output<typeof supporterShape>
function supporterRules(value: SupporterShape, ctx: z.RefinementCtx): void {
  if (value.consent && value.consentOn === null)
    ctx.addIssue({ code: 'custom', path: ['consentOn'], message: 'validation.pledges.supporter.consentDate' })
  if (value.kind === 'organisation' && value.organisationId === null)
    ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'validation.pledges.supporter.organisation' })
  if (value.kind !== 'organisation' && value.organisationId !== null)
    ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'validation.pledges.supporter.notOms' })
}

export const supporterFields = supporterShape.superRefine(supporterRules)
export type SupporterFields = z.output<typeof supporterFields>
export const supporterFieldNames = Object.keys(supporterShape.shape) as (keyof SupporterFields)[]

const acknowledgement = { allowDuplicates: z.boolean().prefault(false) }
export const createSupporterInput = supporterShape.extend(acknowledgement).superRefine(supporterRules)
export const updateSupporterInput = supporterShape.extend({ id, ...acknowledgement }).superRefine(supporterRules)
export const supporterDraftInput = supporterShape.partial().extend({ excludeId: id.optional() })

export const supporterSorts = ['name', 'newest'] as const
export const listSupportersInput = z.strictObject({
  search: textField(200, 'single').prefault(''),
  kind: z.enum(supporterKinds, { error: 'validation.pledges.supporter.kind' }).nullable().prefault(null),
  sort: z.enum(supporterSorts).prefault('name'),
  ...page,
})
export const pledgesIdInput = z.strictObject({ id })

// ---------- pledges ----------

const pledgeShape = z.strictObject({
  supporterId: z.uuid({ error: 'validation.pledges.supporter.notFound' }),
  initiativeId: z.uuid({ error: 'validation.pledges.initiative.notFound' }),
  needId: z.uuid({ error: 'validation.pledges.need.notFound' }).nullable().prefault(null),
  form: z.enum(supportForms, { error: 'validation.pledges.form' }),
  rupiah: positive('validation.pledges.rupiah').prefault(null),
  quantity: positive('validation.pledges.quantity').prefault(null),
  unit: text(60, 'single').prefault(''),
  people: positive('validation.pledges.people').prefault(null),
  hours: positive('validation.pledges.hours').prefault(null),
  description: text(2000, 'multi').prefault(''),
  valuationRupiah: positive('validation.pledges.rupiah').prefault(null),
  pledgedOn: calendarDate('validation.pledges.pledgedOn'),
  dueOn: calendarDate('validation.pledges.dueOn').nullable().prefault(null),
  instalmentCount: z
    .number({ error: 'validation.pledges.instalmentCount' })
    .int({ error: 'validation.pledges.instalmentCount' })
    .min(1, { error: 'validation.pledges.instalmentCount' })
    .max(120, { error: 'validation.pledges.instalmentCount' })
    .prefault(1),
  instalmentInterval: z.enum(instalmentIntervals, { error: 'validation.pledges.interval' }).nullable().prefault(null),
  partnershipModel: z
    .enum(partnershipModels, { error: 'validation.pledges.partnershipModel' })
    .nullable()
    .prefault(null),
  partnerType: z.enum(partnerTypes, { error: 'validation.pledges.partnerType' }).nullable().prefault(null),
  note: text(4000, 'multi').prefault(''),
})
type PledgeShape = z.output<typeof pledgeShape>

/** Which amount fields each measure needs; every other one must stay empty. */
const amountFields: Record<NeedMeasure, (keyof PledgeShape)[]> = {
  rupiah: ['rupiah'],
  quantity: ['quantity', 'unit'],
  hours: ['people', 'hours'],
  text: ['description'],
}
const allAmountFields = ['rupiah', 'quantity', 'unit', 'people', 'hours'] as const
const amountMessage: Partial<Record<keyof PledgeShape, string>> = {
  rupiah: 'validation.pledges.rupiah',
  quantity: 'validation.pledges.quantity',
  unit: 'validation.pledges.unit',
  people: 'validation.pledges.people',
  hours: 'validation.pledges.hours',
  description: 'validation.pledges.description',
}

function pledgeRules(value: PledgeShape, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
  const measure = measureOf(value.form)
  for (const field of amountFields[measure])
    if (value[field] === null) issue(field, amountMessage[field] ?? 'validation.invalid')
  for (const field of allAmountFields)
    if (!amountFields[measure].includes(field) && value[field] !== null) issue(field, 'validation.pledges.notThisForm')
  if (measure === 'rupiah' && value.valuationRupiah !== null) issue('valuationRupiah', 'validation.pledges.notThisForm')
  if (value.dueOn !== null && value.dueOn < value.pledgedOn) issue('dueOn', 'validation.pledges.dueBeforePledge')
  if (value.instalmentCount > 1) {
    if (measure === 'text') issue('instalmentCount', 'validation.pledges.instalmentsNeedAmount')
    if (value.instalmentInterval === null) issue('instalmentInterval', 'validation.pledges.interval')
    if (value.dueOn === null) issue('dueOn', 'validation.pledges.firstInstalment')
  }
  const cooperation = value.form === 'cooperation'
  if (cooperation && value.partnershipModel === null) issue('partnershipModel', 'validation.pledges.partnershipModel')
  if (cooperation && value.partnerType === null) issue('partnerType', 'validation.pledges.partnerType')
  if (!cooperation && value.partnershipModel !== null) issue('partnershipModel', 'validation.pledges.notThisForm')
  if (!cooperation && value.partnerType !== null) issue('partnerType', 'validation.pledges.notThisForm')
}

export const pledgeFields = pledgeShape.superRefine(pledgeRules)
export const pledgeFieldNames = Object.keys(pledgeShape.shape) as (keyof PledgeFields)[]
export type PledgeFields = z.output<typeof pledgeFields>
export const createPledgeInput = pledgeFields
export const updatePledgeInput = pledgeShape.extend({ id }).superRefine(pledgeRules)
export const cancelPledgeInput = z.strictObject({
  id,
  reason: textField(2000, 'multi', 'validation.pledges.cancelReason').min(1, {
    error: 'validation.pledges.cancelReason',
  }),
})
export const listPledgesInput = z.strictObject({
  initiativeId: id.nullable().prefault(null),
  supporterId: id.nullable().prefault(null),
  status: z.enum(pledgeStatuses).nullable().prefault(null),
  ...page,
})

// ---------- fulfilments ----------

const fulfilmentShape = z.strictObject({
  pledgeId: z.uuid({ error: 'validation.pledges.pledge.notFound' }),
  receivedOn: calendarDate('validation.pledges.receivedOn'),
  rupiah: positive('validation.pledges.rupiah').prefault(null),
  quantity: positive('validation.pledges.quantity').prefault(null),
  hours: positive('validation.pledges.hours').prefault(null),
  valuationRupiah: positive('validation.pledges.rupiah').prefault(null),
  evidenceReference: text(200, 'single').prefault(''),
  evidencePhoto: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'validation.pledges.photo' })
    .nullable()
    .prefault(null),
  note: text(4000, 'multi').prefault(''),
})
export const createFulfilmentInput = fulfilmentShape
export const updateFulfilmentInput = fulfilmentShape.omit({ pledgeId: true }).extend({ id })
export type FulfilmentFields = z.output<typeof fulfilmentShape>

// ---------- fee rates and totals ----------

const basisPoints = (key: string) =>
  z.number({ error: key }).int({ error: key }).min(0, { error: key }).max(10_000, { error: key })
const feeRateShape = z.strictObject({
  effectiveFrom: calendarDate('validation.pledges.feeRate.date'),
  rateBp: basisPoints('validation.pledges.feeRate.rate'),
  provincialShareBp: basisPoints('validation.pledges.feeRate.share').prefault(7500),
  note: text(2000, 'multi').prefault(''),
})
export const createFeeRateInput = feeRateShape
export const updateFeeRateInput = feeRateShape.extend({ id })
export type FeeRateFields = z.output<typeof feeRateShape>

export const totalsGroups = ['initiative', 'supporter', 'regency'] as const
export type TotalsGroup = (typeof totalsGroups)[number]
export const totalsInput = z.strictObject({
  groupBy: z.enum(totalsGroups),
  from: calendarDate('validation.pledges.period').nullable().prefault(null),
  to: calendarDate('validation.pledges.period').nullable().prefault(null),
})

// ---------- results ----------

export interface SupporterRow {
  id: string
  name: string
  kind: SupporterKind
  organisationName: string | null
  regencyName: string | null
  contactPerson: string | null
  phone: string | null
  email: string | null
}

export interface Supporter extends SupporterFields {
  id: string
  organisationName: string | null
  regencyName: string | null
}

export interface InstalmentState {
  number: number
  dueOn: string
  amount: number
  /** What of this instalment the fulfilments cover, taken in order. */
  covered: number
  state: 'paid' | 'partial' | 'overdue' | 'pending'
}

/** A pledge's state as of a day: derived from its fulfilments, never stored. */
export interface PledgeProgress {
  status: PledgeStatus
  /** In the form's measure (rupiah, quantity, person-hours); null for forms measured in words. */
  pledged: number | null
  received: number
  /** What fell due up to yesterday, and what of it is still missing. */
  dueSoFar: number
  shortfall: number
  /** The earliest due date not met, when the pledge is overdue. */
  overdueSince: string | null
  /** Received beyond the pledge: allowed, shown. */
  over: number
  instalments: InstalmentState[]
}

export interface Pledge extends PledgeFields {
  id: string
  cancelledOn: string | null
  cancelReason: string | null
  supporterName: string
  initiativeTitle: string
  needDescription: string | null
  progress: PledgeProgress
}

export interface Fulfilment {
  id: string
  pledgeId: string
  receivedOn: string
  rupiah: number | null
  quantity: number | null
  hours: number | null
  valuationRupiah: number | null
  evidenceReference: string | null
  evidencePhoto: string | null
  note: string | null
  receiptNumber: string
  feeRateBp: number
  feeRupiah: number
  provincialShareBp: number
  provincialShareRupiah: number
}

export interface PledgeDetail extends Pledge {
  fulfilments: Fulfilment[]
}

export interface SupporterDetail extends Supporter {
  pledges: PledgeDetail[]
  /** Funds received and the valuation of in-kind support received, over every live pledge. */
  fundsReceived: number
  inKindValuation: number
}

export interface FeeRate extends FeeRateFields {
  id: string
}

export interface TotalsRow {
  /** Initiative id, supporter id or kabupaten/kota code. */
  key: string
  label: string
  fundsRupiah: number
  inKindValuationRupiah: number
  feeRupiah: number
  provincialShareRupiah: number
}
export interface Totals {
  rows: TotalsRow[]
  total: Omit<TotalsRow, 'key' | 'label'>
}

/** Everything a printed tanda terima shows. */
export interface Receipt {
  receiptNumber: string
  receivedOn: string
  hub: {
    name: string
    provinceName: string | null
    contactName: string | null
    contactPhone: string | null
    contactEmail: string | null
  }
  supporter: { name: string; kind: SupporterKind; contactPerson: string | null; address: string | null }
  initiative: { title: string; regencyName: string | null }
  form: SupportForm
  received: { rupiah: number | null; quantity: number | null; unit: string | null; hours: number | null }
  /** The pledge's description, or the need's, of what was given. */
  description: string | null
  valuationRupiah: number | null
  evidenceReference: string | null
  note: string | null
}

/** A supporter a new one may be: the same name key, phone or e-mail, strongest first. */
export interface SupporterCandidate {
  id: string
  name: string
  kind: SupporterKind
  reasons: DuplicateReason[]
}
export type SupporterSaveResult = { saved: true; id: string } | { saved: false; duplicates: SupporterCandidate[] }
export interface SupporterPage {
  rows: SupporterRow[]
  total: number
}
