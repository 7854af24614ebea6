import { z } from 'zod'
import { textField, type Lines } from './fields'
import { organisationFields, pastDate, sortDirections, type Page } from './members'

// ---------- the domain's words ----------

export const initiativeStatuses = ['draft', 'published', 'running', 'completed', 'cancelled'] as const
export type InitiativeStatus = (typeof initiativeStatuses)[number]
/** draf → terbit → berjalan → selesai; dibatalkan from any state not yet final. */
export const initiativeTransitions: Record<InitiativeStatus, InitiativeStatus[]> = {
  draft: ['published', 'cancelled'],
  published: ['running', 'cancelled'],
  running: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
}

export const supportForms = ['funds', 'goods', 'time', 'knowledge', 'policy', 'cooperation', 'other'] as const
export type SupportForm = (typeof supportForms)[number]
/** How a need's target is measured: the form decides, and progress is counted in the same unit. */
export type NeedMeasure = 'rupiah' | 'quantity' | 'hours' | 'text'
export const measureOf = (form: SupportForm): NeedMeasure =>
  form === 'funds' ? 'rupiah' : form === 'goods' ? 'quantity' : form === 'time' ? 'hours' : 'text'

/** The "Panduan 6 Langkah Formulasi Inisiatif Layanan Lokal". */
export const STEP_COUNT = 6
export const stepNumbers = [1, 2, 3, 4, 5, 6] as const

// ---------- field schemas ----------

const id = z.uuid({ error: 'validation.invalid' })
const optionalText = (max: number, lines: Lines) =>
  textField(max, lines).transform((value) => (value === '' ? null : value))
const requiredText = (max: number, lines: Lines, key: string) =>
  textField(max, lines, key).refine((value) => value !== '', { error: key })
const calendarDate = (key: string) => z.iso.date({ error: key }).nullable().prefault(null)
/** Whole numbers typed as 12, "12" or "1.250.000" (the Indonesian thousands dot); "" is none. */
const wholeNumber = (keys: { notWhole: string; outOfRange: string }, min: number) =>
  z.union([z.number(), z.string(), z.null()], { error: keys.notWhole }).transform((value, ctx) => {
    if (value === null || (typeof value === 'string' && value.trim() === '')) return null
    const number = typeof value === 'number' ? value : Number(value.trim().replace(/\./g, '').replace(',', '.'))
    if (Number.isInteger(number) && number >= min && number <= Number.MAX_SAFE_INTEGER) return number
    const key =
      Number.isInteger(number) || number === Infinity || number === -Infinity ? keys.outOfRange : keys.notWhole
    ctx.addIssue({ code: 'custom', message: key, params: { min } })
    return z.NEVER
  })
const count = (key: string, min: number) => wholeNumber({ notWhole: key, outOfRange: key }, min)

const sdg = z
  .number({ error: 'validation.initiatives.sdgs' })
  .int({ error: 'validation.initiatives.sdgs' })
  .min(1, { error: 'validation.initiatives.sdgs' })
  .max(17, { error: 'validation.initiatives.sdgs' })
const sdgList = z
  .array(sdg, { error: 'validation.initiatives.sdgs' })
  .max(17, { error: 'validation.initiatives.sdgs' })
  .prefault([])

export const initiativeFields = z
  .strictObject({
    leadOrganisationId: z.uuid({ error: 'validation.initiatives.lead' }),
    partnerOrganisationIds: z
      .array(z.uuid({ error: 'validation.initiatives.partner' }), { error: 'validation.initiatives.partner' })
      .max(20, { error: 'validation.initiatives.partnerCount' })
      .prefault([]),
    title: requiredText(200, 'single', 'validation.initiatives.title'),
    problem: optionalText(4000, 'multi').prefault(''),
    service: optionalText(4000, 'multi').prefault(''),
    beneficiaryGroups: optionalText(1000, 'multi').prefault(''),
    beneficiaryCount: count('validation.initiatives.beneficiaryCount', 0).prefault(null),
    regencyCode: z
      .string({ error: 'validation.initiatives.regency' })
      .regex(/^\d{2}\.\d{2}$/, { error: 'validation.initiatives.regency' }),
    // The same codes, checked the same way, as an OMS's place in the directory.
    districtCode: organisationFields.shape.districtCode,
    villageCode: organisationFields.shape.villageCode,
    sectorCodes: z
      .array(textField(60, 'single'), { error: 'validation.initiatives.sectors' })
      .max(20, { error: 'validation.initiatives.sectors' })
      .prefault([]),
    sdgs: sdgList,
    clusterIds: z
      .array(z.uuid({ error: 'validation.initiatives.cluster' }), { error: 'validation.initiatives.cluster' })
      .max(30, { error: 'validation.initiatives.cluster' })
      .prefault([]),
    startsOn: calendarDate('validation.initiatives.date'),
    endsOn: calendarDate('validation.initiatives.date'),
    notes: optionalText(4000, 'multi').prefault(''),
  })
  .refine((value) => !value.startsOn || !value.endsOn || value.endsOn >= value.startsOn, {
    path: ['endsOn'],
    error: 'validation.initiatives.endBeforeStart',
    when: ({ value }) => z.looseObject({ startsOn: z.unknown(), endsOn: z.unknown() }).safeParse(value).success,
  })
export type InitiativeFields = z.output<typeof initiativeFields>

export const createInitiativeInput = initiativeFields
export const updateInitiativeInput = initiativeFields.safeExtend({ id })
export const initiativeIdInput = z.strictObject({ id })

export const changeInitiativeStatusInput = z.strictObject({
  initiativeId: id,
  status: z.enum(initiativeStatuses, { error: 'validation.initiatives.status' }),
  effectiveOn: pastDate('validation.date.invalid'),
  note: optionalText(500, 'single').prefault(''),
})

export const updateStepInput = z.strictObject({
  initiativeId: id,
  step: z
    .number({ error: 'validation.initiatives.step' })
    .int({ error: 'validation.initiatives.step' })
    .min(1, { error: 'validation.initiatives.step' })
    .max(STEP_COUNT, { error: 'validation.initiatives.step' }),
  done: z.boolean(),
  notes: optionalText(4000, 'multi').prefault(''),
})

// ---------- needs ----------

/** Negative or zero rupiah and fractions of a rupiah get their own messages: both are common slips. */
const rupiah = wholeNumber(
  { notWhole: 'validation.initiatives.need.rupiahWhole', outOfRange: 'validation.initiatives.need.rupiahPositive' },
  1,
)

/**
 * A need's target is measured as its form is; the fields of other measures are ignored and not
 * kept. A target missing for the form is named on its own field.
 */
export const needFields = z
  .strictObject({
    form: z.enum(supportForms, { error: 'validation.initiatives.need.form' }),
    description: requiredText(500, 'multi', 'validation.initiatives.need.description'),
    targetRupiah: rupiah.prefault(null),
    targetQuantity: count('validation.initiatives.need.quantity', 1).prefault(null),
    unit: optionalText(40, 'single').prefault(''),
    targetPeople: count('validation.initiatives.need.people', 1).prefault(null),
    targetHours: count('validation.initiatives.need.hours', 1).prefault(null),
    targetText: optionalText(2000, 'multi').prefault(''),
  })
  .superRefine((value, ctx) => {
    const missing = (path: string, key: string, present: unknown) => {
      if (present === null) ctx.addIssue({ code: 'custom', path: [path], message: key })
    }
    const measure = measureOf(value.form)
    if (measure === 'rupiah') missing('targetRupiah', 'validation.initiatives.need.rupiahRequired', value.targetRupiah)
    if (measure === 'quantity') {
      missing('targetQuantity', 'validation.initiatives.need.quantityRequired', value.targetQuantity)
      missing('unit', 'validation.initiatives.need.unitRequired', value.unit)
    }
    if (measure === 'hours') {
      missing('targetPeople', 'validation.initiatives.need.peopleRequired', value.targetPeople)
      missing('targetHours', 'validation.initiatives.need.hoursRequired', value.targetHours)
    }
    if (measure === 'text') missing('targetText', 'validation.initiatives.need.textRequired', value.targetText)
  })
export type NeedFields = z.output<typeof needFields>
export const createNeedInput = needFields.safeExtend({ initiativeId: id })
export const updateNeedInput = needFields.safeExtend({ id })
export const needIdInput = z.strictObject({ id })

// ---------- issue clusters ----------

export const clusterFields = z.strictObject({
  name: requiredText(200, 'single', 'validation.initiatives.clusterName'),
  description: optionalText(2000, 'multi').prefault(''),
  sdgs: sdgList,
})
export const updateClusterInput = clusterFields.safeExtend({ id })
export const clusterIdInput = z.strictObject({ id })

// ---------- the six steps' wording ----------

const stepText = z.strictObject({
  titleId: requiredText(200, 'single', 'validation.initiatives.guideTitle'),
  titleEn: requiredText(200, 'single', 'validation.initiatives.guideTitle'),
  helpId: textField(2000, 'multi'),
  helpEn: textField(2000, 'multi'),
})
/** The six steps' wording, in order; null puts back the network's defaults. */
export const setStepGuideInput = z.strictObject({
  steps: z.array(stepText).length(STEP_COUNT, { error: 'validation.initiatives.guideCount' }).nullable(),
})

// ---------- finding ----------

export const initiativeSortColumns = ['title', 'startsOn', 'status'] as const
export const listInitiativesInput = z.strictObject({
  query: textField(200, 'single').prefault(''),
  filters: z
    .strictObject({
      status: z.enum(initiativeStatuses).nullable().prefault(null),
      regencyCode: textField(10, 'single').nullable().prefault(null),
      leadOrganisationId: id.nullable().prefault(null),
      clusterId: id.nullable().prefault(null),
      sdg: z.number().int().min(1).max(17).nullable().prefault(null),
    })
    .prefault({}),
  sort: z
    .strictObject({ column: z.enum(initiativeSortColumns), direction: z.enum(sortDirections) })
    .prefault({ column: 'title', direction: 'asc' }),
  offset: z.number().int().min(0).prefault(0),
  limit: z.number().int().min(1).max(500).prefault(100),
})

// ---------- results ----------

export interface StepText {
  titleId: string
  titleEn: string
  helpId: string
  helpEn: string
}
export interface StepGuide {
  steps: StepText[]
  /** False while the network's default wording is in use. */
  customised: boolean
}

export interface InitiativeStep extends StepText {
  number: number
  done: boolean
  notes: string | null
}

/** Progress of one need, counted from fulfilments of its live pledges (see main's progress.ts). */
export interface NeedProgress {
  measure: NeedMeasure
  /** Rupiah, quantity or person-hours; null for needs described in words. */
  target: number | null
  received: number
  /** received / target, uncapped (over-fulfilment shows); for words, 1 once anything was received. */
  ratio: number
  met: boolean
  over: boolean
  pledgeCount: number
  fulfilmentCount: number
}

/** An initiative's progress over all its needs (see main's progress.ts for why it is counted so). */
export interface InitiativeProgress {
  needCount: number
  metCount: number
  /** Mean of the needs' ratios, each capped at 1; null without needs. */
  ratio: number | null
  rupiahTarget: number
  rupiahReceived: number
}

export interface Need extends NeedFields {
  id: string
  initiativeId: string
  progress: NeedProgress
}

export interface InitiativeStatusChange {
  id: string
  status: InitiativeStatus
  effectiveOn: string
  note: string | null
}

export interface NamedRef {
  id: string
  name: string
}

export interface InitiativeDetail extends InitiativeFields {
  id: string
  status: InitiativeStatus
  statusSince: string
  leadName: string
  partners: NamedRef[]
  regencyName: string
  districtName: string | null
  villageName: string | null
  clusters: NamedRef[]
  /** Oldest first. */
  statusHistory: InitiativeStatusChange[]
  steps: InitiativeStep[]
  needs: Need[]
  progress: InitiativeProgress
  createdAt: string
  updatedAt: string
}

export interface InitiativeRow {
  id: string
  title: string
  leadOrganisationId: string
  leadName: string
  regencyCode: string
  regencyName: string
  status: InitiativeStatus
  statusSince: string
  startsOn: string | null
  endsOn: string | null
  /** Of the six formulation steps, how many are marked done. */
  stepsDone: number
  progress: InitiativeProgress
}
export type InitiativePage = Page<InitiativeRow>

export interface IssueCluster {
  id: string
  name: string
  description: string | null
  sdgs: number[]
}

export interface DeletedInitiativeItem {
  id: string
  deletedAt: string
}
