import { z } from 'zod'
import type { HubRole, KeyProtection } from './hub'
import type { TimeZoneCode } from './format'
import type { ConsentPurpose } from './privacy'

/**
 * What a retention period is set for (UU PDP Pasal 42–44: data is destroyed once its period has
 * passed): people in the directory, their attendance at CoP and ToT sessions, and supporters'
 * contact details. Each counts from the latest activity of its own kind.
 */
export const retentionCategories = ['directory', 'participants', 'supporters'] as const
export type RetentionCategory = (typeof retentionCategories)[number]
export type RetentionPeriods = Record<RetentionCategory, number>

/** Five years: long enough for a programme cycle and its evaluation, short enough to let go. */
export const defaultRetentionPeriods: RetentionPeriods = { directory: 5, participants: 5, supporters: 5 }
export const RETENTION_YEARS = { min: 1, max: 30 } as const

/** Whether a number is a period this app keeps: whole years from 1 to 30. */
export const validRetentionYears = (value: number): boolean =>
  Number.isInteger(value) && value >= RETENTION_YEARS.min && value <= RETENTION_YEARS.max

/** The day `years` before `today` (YYYY-MM-DD): activity before it is outside the period. */
export const cutoffFor = (today: string, years: number): string =>
  `${String(Number(today.slice(0, 4)) - years).padStart(4, '0')}${today.slice(4)}`

/**
 * What privacy:setRetention accepts: a number per category. Main checks each is a period it keeps
 * (validRetentionYears) and names every field that is not, in words (privacy.validation.retentionYears).
 */
const years = z.number({ error: 'validation.invalid' })
export const retentionInput = z.strictObject({ directory: years, participants: years, supporters: years })

/** A person no activity has touched within the periods: proposed for review, never erased unasked. */
export interface RetentionProposal {
  personId: string
  name: string
  organisationId: string
  organisationName: string | null
  /** The latest of: a change to the record, an affiliation, a consent, a session attended (YYYY-MM-DD). */
  lastActivityOn: string
  /** Whether the person ever attended a session, so the participants' period applied too. */
  attended: boolean
  restricted: boolean
}

/** A supporter whose contact details no pledge, fulfilment or change has touched within the period. */
export interface SupporterProposal {
  supporterId: string
  name: string
  lastActivityOn: string
}

/** Proposals are listed up to this many, oldest activity first; the counts say how many there are in all. */
export const RETENTION_LIST_LIMIT = 200

export interface RetentionView {
  periods: RetentionPeriods
  defaults: RetentionPeriods
  /** The hub's today, the day periods are counted back from (YYYY-MM-DD). */
  today: string
  /** Activity before these days is outside each period (YYYY-MM-DD). */
  cutoffs: Record<RetentionCategory, string>
  people: RetentionProposal[]
  peopleCount: number
  supporters: SupporterProposal[]
  supporterCount: number
}

/** One kind of data the hub holds: its table, the fields the code declares, and how many rows there are now. */
export interface DataCategory {
  key:
    | 'people'
    | 'affiliations'
    | 'organisations'
    | 'supporters'
    | 'consents'
    | 'attendance'
    | 'certificates'
    | 'stories'
    | 'requests'
  table: string
  /** Column names (SQL), in table order, without sync bookkeeping. */
  fields: string[]
  count: number
  /** Further counts of the category, by key (e.g. withPhone, erased). */
  details: Record<string, number>
}

/** When a group of a table's personal fields leaves this instance, read from the table's sync declaration. */
export interface ReleaseCondition {
  /** never: the fields stay with this instance whatever is consented. */
  never: boolean
  /** The consent purposes all required (people). */
  purposes: ConsentPurpose[]
  /** The row's own consent flag is required (supporters' contact details). */
  consentFlag: boolean
  /** A restriction of processing (Pasal 11) holds them back. */
  notRestricted: boolean
  /** Erasure blanks them. */
  notErased: boolean
}

/** What a synced table sends in a bundle: the fields that always travel, and those held back until released. */
export interface TravellingTable {
  table: string
  always: string[]
  withheld: { columns: string[]; when: ReleaseCondition }[]
}

export interface TrustedRecipient {
  name: string
  role: HubRole
  provinceCode: string | null
  /** sibling: another instance (PC, laptop) of this hub; national: the national team; hub: another province's hub. */
  relation: 'sibling' | 'national' | 'hub'
  fingerprint: string
  enrolledAt: string
}

/**
 * The record of processing activities (UU PDP Pasal 31), generated from this instance's actual
 * configuration and data: language-neutral, so the screen and the printed page say it in the
 * user's language. Counts are of live rows (neither deleted nor merged away).
 */
export interface ProcessingRecord {
  /** UTC instant; shown in the hub's zone. */
  generatedAt: string
  timeZone: TimeZoneCode
  /** The hub's year, the one ages are counted in. */
  year: number
  controller: {
    hubId: string
    role: HubRole
    name: string
    provinceName: string | null
    contactName: string | null
    contactPhone: string | null
    contactEmail: string | null
  }
  categories: DataCategory[]
  purposes: {
    /** People neither erased nor merged away: those a consent can be about. */
    people: number
    restricted: number
    byPurpose: { purpose: ConsentPurpose; people: number }[]
  }
  recipients: {
    trusted: TrustedRecipient[]
    /** Bundles this instance wrote, and when the latest was made. */
    bundlesOut: number
    lastBundleAt: string | null
    /** People whose name went out in at least one of those bundles. */
    peopleNamedInBundles: number
    travels: TravellingTable[]
    /** Tables that never leave this instance and hold personal data. */
    stays: string[]
  }
  retention: { periods: RetentionPeriods; peopleToReview: number; supportersToReview: number }
  safeguards: {
    signedBundles: true
    signingKey: KeyProtection
    /** Personal fields, in all, that a bundle carries only when released. */
    withheldFields: number
    secureDelete: boolean
    /** Database file readable by its owner only; null where the platform has no such permissions (Windows). */
    privateFiles: boolean | null
    backups: {
      folderChosen: boolean
      scheduled: boolean
      lastAt: string | null
      kept: { daily: number; weekly: number; monthly: number }
    }
    restricted: number
    erased: number
  }
  children: {
    /** Under 18 this year by birth year, neither erased nor merged away. */
    minors: number
    /** Of those, with a consent given by a named parent or guardian. */
    guardianConsents: number
    /** Of those, consenting to nothing now. */
    noConsent: number
    unknownBirthYear: number
  }
  /** What makes the processing high-risk (Pasal 34), so an impact assessment is due. */
  highRisk: ('children' | 'combination')[]
}
