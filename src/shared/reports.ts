import { z } from 'zod'
import { supportForms } from './initiatives'
import type { TimeZoneCode } from './format'
import { calendarDate } from './pledges'

// ---------- indicators ----------

/**
 * Every indicator the dashboard and the reports show, computed from the data and never typed. Each
 * counts (or sums) a set of records, and that set is what a click on the number lists.
 */
export const indicatorKeys = [
  // OMS
  'oms.members',
  'oms.active',
  'oms.new',
  'oms.engaged',
  'oms.assessed',
  // people
  'people.leaders',
  'people.trainers',
  'people.women',
  'people.young',
  // capacity
  'cop.sessions',
  'cop.participants',
  'cop.leadersTrained',
  'cop.womenTrained',
  'cop.youngTrained',
  'cop.graduates',
  'cop.graduateReach',
  'cop.scoreGain',
  // Galang Daya
  'initiatives.all',
  'pledges.all',
  'pledges.fundsPledged',
  'pledges.fundsReceived',
  'pledges.inKindValue',
  'pledges.volunteerHours',
  'pledges.fulfilled',
  'pledges.overdue',
  'pledges.fee',
  'pledges.provincialShare',
  // local governments
  'governments.engaged',
] as const
export type IndicatorKey = (typeof indicatorKeys)[number]

/** The dashboard's and the printed summary's groups of indicators, each key in exactly one. */
export const indicatorSections: {
  section: 'organisations' | 'people' | 'capacity' | 'galangDaya' | 'governments'
  keys: IndicatorKey[]
}[] = [
  { section: 'organisations', keys: ['oms.members', 'oms.active', 'oms.new', 'oms.engaged', 'oms.assessed'] },
  { section: 'people', keys: ['people.leaders', 'people.women', 'people.young', 'people.trainers'] },
  {
    section: 'capacity',
    keys: [
      'cop.sessions',
      'cop.participants',
      'cop.leadersTrained',
      'cop.womenTrained',
      'cop.youngTrained',
      'cop.graduates',
      'cop.graduateReach',
      'cop.scoreGain',
    ],
  },
  {
    section: 'galangDaya',
    keys: [
      'initiatives.all',
      'pledges.all',
      'pledges.fulfilled',
      'pledges.overdue',
      'pledges.fundsPledged',
      'pledges.fundsReceived',
      'pledges.inKindValue',
      'pledges.volunteerHours',
      'pledges.fee',
      'pledges.provincialShare',
    ],
  },
  { section: 'governments', keys: ['governments.engaged'] },
]

/** What a number is measured in: formatted and charted accordingly. */
export type IndicatorUnit = 'count' | 'rupiah' | 'hours' | 'points'

/** The kinds of records behind a number; each opens its own page in the app. */
export const recordKinds = [
  'organisation',
  'person',
  'session',
  'participant',
  'initiative',
  'pledge',
  'fulfilment',
  'supporter',
] as const
export type RecordKind = (typeof recordKinds)[number]

/** The ways a number can be split; not every indicator has every one. */
export const dimensions = [
  'province',
  'regency',
  'status',
  'type',
  'sector',
  'gender',
  'ageBand',
  'role',
  'aspect',
  'format',
  'form',
  'cluster',
  'month',
] as const
export type Dimension = (typeof dimensions)[number]

/** Age bands for the "young" indicators: 16–30 is pemuda (UU 40/2009). */
export const ageBands = ['under16', 'young', 'over30', 'unknown'] as const
export type AgeBand = (typeof ageBands)[number]

const regencyCode = z
  .string({ error: 'validation.reports.regency' })
  .regex(/^\d{2}\.\d{2}$/, { error: 'validation.reports.regency' })
const provinceCode = z
  .string({ error: 'validation.reports.province' })
  .regex(/^\d{2}$/, { error: 'validation.reports.province' })

/**
 * The dashboard's and the reports' filters. The period limits what happened in it (sessions,
 * pledges, receipts, new members); what people and OMS are (status, role) is read as it stands.
 */
export const reportFilterInput = z
  .strictObject({
    from: calendarDate('validation.reports.period').nullable().prefault(null),
    to: calendarDate('validation.reports.period').nullable().prefault(null),
    provinceCode: provinceCode.nullable().prefault(null),
    regencyCode: regencyCode.nullable().prefault(null),
    aspect: z.string().trim().max(60).nullable().prefault(null),
    form: z.enum(supportForms, { error: 'validation.reports.form' }).nullable().prefault(null),
  })
  .refine((filter) => filter.from === null || filter.to === null || filter.from <= filter.to, {
    error: 'validation.reports.periodOrder',
    path: ['to'],
  })
export type ReportFilter = z.output<typeof reportFilterInput>

export const dashboardInput = z.strictObject({ filter: reportFilterInput })

export const drillInput = z.strictObject({
  filter: reportFilterInput,
  key: z.enum(indicatorKeys, { error: 'validation.reports.indicator' }),
  dimension: z.enum(dimensions, { error: 'validation.reports.dimension' }).nullable().prefault(null),
  /** The bucket of the dimension clicked; "" is the bucket of records without a value. */
  bucket: z.string().max(100).nullable().prefault(null),
  offset: z.number().int().min(0).prefault(0),
  limit: z.number().int().min(1).max(500).prefault(100),
})

export const breakdownInput = z.strictObject({
  filter: reportFilterInput,
  key: z.enum(indicatorKeys, { error: 'validation.reports.indicator' }),
  dimension: z.enum(dimensions, { error: 'validation.reports.dimension' }),
})

export interface IndicatorValue {
  key: IndicatorKey
  unit: IndicatorUnit
  /** null where nothing is there to measure (a mean gain without any scored participant). */
  value: number | null
  /** The record count behind the value (equal to it for counts). */
  records: number
  /** The dimensions this indicator splits by. */
  dimensions: Dimension[]
}

export interface BreakdownRow {
  /** The dimension's code ("35.07", "female", "2025-03"); "" for records without one. */
  bucket: string
  /** A place's, sector's or cluster's name; enumerations are named by the renderer's catalog. */
  label: string | null
  value: number
  records: number
}

export interface Breakdown {
  key: IndicatorKey
  kind: RecordKind
  dimension: Dimension
  unit: IndicatorUnit
  rows: BreakdownRow[]
}

export interface DrillRow {
  id: string
  kind: RecordKind
  label: string
  /** A second line: an OMS's kabupaten/kota, a pledge's supporter, a session's date. */
  detail: string | null
  /** The record's date (YYYY-MM-DD in the hub's zone): a pledge made, a receipt, a session held. */
  day: string | null
  /** The record's share of a sum (rupiah, hours, points); null for counts. */
  amount: number | null
  /** Where the record lives in the app: its own id for most, the session of a participant. */
  openId: string
}

export interface DrillPage {
  key: IndicatorKey
  kind: RecordKind
  unit: IndicatorUnit
  total: number
  rows: DrillRow[]
}

/** Pledged against received, per form of support, each in its form's own measure. */
export interface FormRow {
  form: (typeof supportForms)[number]
  pledges: number
  fulfilled: number
  /** Rupiah or person-hours pledged; null for goods (units differ) and forms measured in words. */
  pledged: number | null
  received: number | null
  valuation: number
}

/** A capacity aspect's self-assessments: OMS assessed, mean first and latest score (1–5). */
export interface CapacityRow {
  aspect: string
  organisations: number
  first: number | null
  latest: number | null
  /** Mean change from first to latest among OMS assessed at least twice. */
  change: number | null
  reassessed: number
}

export interface Dashboard {
  indicators: IndicatorValue[]
  /** Shares the program reports: women and young among leaders/managers trained, fulfilment rate. */
  shares: {
    womenTrainedPercent: number | null
    youngTrainedPercent: number | null
    womenPercent: number | null
    youngPercent: number | null
    /** Funds received ÷ funds pledged, of pledges not cancelled. */
    fulfilmentPercent: number | null
    provincialSharePercent: number | null
  }
  forms: FormRow[]
  capacity: CapacityRow[]
  targets: TargetProgress[]
}

// ---------- targets ----------

/** Indicators that can carry a target (counts and sums; shares have their own in the logframe). */
export const targetKeys = indicatorKeys
export const targetFields = z.strictObject({
  key: z.enum(indicatorKeys, { error: 'validation.reports.indicator' }),
  fromOn: calendarDate('validation.reports.targetPeriod'),
  toOn: calendarDate('validation.reports.targetPeriod'),
  value: z
    .number({ error: 'validation.reports.targetValue' })
    .int({ error: 'validation.reports.targetValue' })
    .positive({ error: 'validation.reports.targetValue' })
    .max(Number.MAX_SAFE_INTEGER, { error: 'validation.reports.targetValue' }),
  note: z.string().trim().max(500).nullable().prefault(null),
})
export const updateTargetInput = targetFields.extend({ id: z.uuid({ error: 'validation.invalid' }) })
export const targetIdInput = z.strictObject({ id: z.uuid({ error: 'validation.invalid' }) })

export interface Target extends z.output<typeof targetFields> {
  id: string
  /** Set by the national team (reaching hubs in national bundles) or a province's own. */
  scope: 'national' | 'province'
  /** The hub that set it, by name. */
  setBy: string
  /** A province's target counts within that province only. */
  provinceCode: string | null
  /** Only the instance's own targets can be changed here. */
  editable: boolean
  unit: IndicatorUnit
}

export interface TargetProgress extends Target {
  /** The indicator over the target's own period and place: the country, or the province that set it. */
  achieved: number
  percent: number
}

// ---------- national views ----------

export const provincesInput = z.strictObject({
  filter: reportFilterInput,
  key: z.enum(indicatorKeys, { error: 'validation.reports.indicator' }),
})

export interface ProvinceValue {
  code: string
  name: string
  value: number | null
  /** The last bundle merged from this province's hub, null if none ever came. */
  lastBundleAt: string | null
}

export interface ProvincesView {
  key: IndicatorKey
  unit: IndicatorUnit
  total: number | null
  provinces: ProvinceValue[]
}

// ---------- reports ----------

/** The printed summary's cover and its stories: the numbers come from the dashboard. */
export interface ReportSummary {
  hubName: string
  provinceName: string | null
  timeZone: TimeZoneCode
  generatedAt: string
  initiatives: {
    id: string
    title: string
    organisation: string | null
    regency: string | null
    fundsReceived: number
    inKindValue: number
  }[]
  stories: {
    id: string
    title: string
    initiative: string
    happenedOn: string
    narrative: string | null
    before: string | null
    after: string | null
  }[]
}

/** A workbook is built a sheet at a time, so the screen can show how far it got. */
export const workbookStartInput = z.strictObject({ filter: reportFilterInput })
export const workbookStepInput = z.strictObject({ jobId: z.uuid({ error: 'validation.invalid' }) })
export interface WorkbookProgress {
  jobId: string
  done: number
  total: number
  /** The sheet just built. */
  sheet: string | null
  /** The file's name once written. */
  file: string | null
}
