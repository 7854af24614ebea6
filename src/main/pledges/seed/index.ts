import { AppError } from '../../../shared/errors'
import { measureOf, type SupportForm } from '../../../shared/initiatives'
import { partnershipModels } from '../../../shared/pledges'
import type { AppDatabase } from '../../db'
import { dayNumber, isoDay } from '../../initiatives/seed'
import { generator, weighted } from '../../members/seed'
import { syncWrite, type SyncWriter } from '../../sync/write'
import { hubToday } from '../common'
import { feeSnapshot, NO_RATE, rateOn, type RateInForce } from '../fees'
import { nextReceiptNumber } from '../receipts'
import { feeRates, fulfilments, pledges } from '../schema'
import { instalmentPlan } from '../../../shared/instalments'
import { pledgedAmount, type PledgeTerms } from '../status'
import { supporterMaker } from './supporters'
import { evidencePrefixes, fundSteps, kindsGiving, pledgeCancelReasons, wordedSupport } from './vocabulary'

export interface GalangDayaSeedOptions {
  supporters: number
  pledges: number
  seed: number
}

export interface GalangDayaSeedResult {
  supporters: number
  feeRates: number
  pledges: number
  fulfilments: number
}

interface OpenInitiative {
  id: string
  publishedOn: string
  closedOn: string | null
  cancelled: boolean
}

interface NeedRow {
  id: string
  initiativeId: string
  form: SupportForm
  targetQuantity: number | null
  unit: string | null
  targetPeople: number | null
  targetHours: number | null
  targetText: string | null
}

type Outcome = 'full' | 'partial' | 'none' | 'over'
const outcomeWeights: [Outcome, number][] = [
  ['full', 0.45],
  ['partial', 0.25],
  ['none', 0.22],
  ['over', 0.08],
]

const partnerTypeOf: Record<string, 'government' | 'private' | 'organisation' | 'university' | 'media'> = {
  government: 'government',
  company: 'private',
  umkm: 'private',
  media: 'media',
  other: 'university',
}

interface PlannedFulfilment {
  pledgeId: string
  form: SupportForm
  receivedOn: string
  amount: number | null
  valuationRupiah: number | null
  note: string | null
}

/**
 * Adds synthetic supporters and pledges of every form to the hub's published initiatives, with
 * fulfilments that leave pledges promised, partly and fully met, met beyond the pledge, overdue,
 * or cancelled with a reason. A fee rate that changed a year ago (when none is recorded yet) makes
 * fulfilments either side of the change keep different fees. Receipt numbers and fee snapshots
 * come from the same functions a recorded fulfilment uses, in the order the money came in. The
 * same seed gives the same content; ids, timestamps and receipt numbers' instance tags differ.
 */
export function seedGalangDaya(database: AppDatabase, options: GalangDayaSeedOptions): GalangDayaSeedResult {
  const { sqlite } = database
  const random = generator(options.seed)
  const today = dayNumber(hubToday(database))
  const makeSupporter = supporterMaker(database, random, today)
  const result: GalangDayaSeedResult = { supporters: 0, feeRates: 0, pledges: 0, fulfilments: 0 }

  /** The rate rose from the month in the middle of the fulfilments: some kept the old fee, some the new. */
  const writeFeeRates = (writer: SyncWriter, planned: PlannedFulfilment[]) => {
    if (sqlite.prepare('SELECT 1 FROM fee_rates WHERE deleted_at IS NULL').get()) return
    const dates = planned.map((fulfilment) => fulfilment.receivedOn).sort()
    const middle = dates[Math.floor(dates.length / 2)] ?? isoDay(today - 365)
    writer.insert(feeRates, {
      effectiveFrom: `${Number(middle.slice(0, 4)) - 5}-01-01`,
      rateBp: 500,
      provincialShareBp: 7500,
    })
    writer.insert(feeRates, {
      effectiveFrom: `${middle.slice(0, 7)}-01`,
      rateBp: 600,
      provincialShareBp: 7500,
      note: 'Keputusan rapat anggota forum',
    })
    result.feeRates = 2
  }

  const writePledges = (writer: SyncWriter) => {
    const supporterRows = sqlite
      .prepare('SELECT id, kind FROM supporters WHERE deleted_at IS NULL ORDER BY rowid')
      .all() as { id: string; kind: string }[]
    if (supporterRows.length === 0) throw new AppError('VALIDATION', { key: 'errors.seedPledgesNeedSupporters' })
    const open = sqlite
      .prepare(
        `SELECT i.id, i.status = 'cancelled' AS cancelled,
           (SELECT min(effective_on) FROM initiative_status_changes c
             WHERE c.initiative_id = i.id AND c.deleted_at IS NULL AND c.status = 'published') AS publishedOn,
           (SELECT max(effective_on) FROM initiative_status_changes c
             WHERE c.initiative_id = i.id AND c.deleted_at IS NULL AND c.status IN ('completed', 'cancelled')) AS closedOn
         FROM initiatives i WHERE i.deleted_at IS NULL ORDER BY i.rowid`,
      )
      .all()
      .filter((row) => (row as OpenInitiative).publishedOn !== null) as OpenInitiative[]
    if (open.length === 0) throw new AppError('VALIDATION', { key: 'errors.seedPledgesNeedInitiatives' })
    const needsOf = new Map<string, NeedRow[]>()
    for (const need of sqlite
      .prepare(
        `SELECT id, initiative_id AS initiativeId, form, target_quantity AS targetQuantity, unit,
           target_people AS targetPeople, target_hours AS targetHours, target_text AS targetText
         FROM needs WHERE deleted_at IS NULL ORDER BY rowid`,
      )
      .all() as NeedRow[])
      needsOf.set(need.initiativeId, [...(needsOf.get(need.initiativeId) ?? []), need])
    const givers = (form: SupportForm) => {
      const fitting = supporterRows.filter((s) => (kindsGiving[form] as string[]).includes(s.kind))
      return fitting.length > 0 ? fitting : supporterRows
    }
    const giversOf = new Map((Object.keys(kindsGiving) as SupportForm[]).map((form) => [form, givers(form)]))

    const planned: PlannedFulfilment[] = []
    for (let n = 0; n < options.pledges; n++) {
      const initiative = random.pick(open)
      const need = random.chance(0.85) ? random.pick(needsOf.get(initiative.id) ?? [null]) : null
      const form: SupportForm = need?.form ?? random.pick(['funds', 'goods', 'other'] as const)
      const supporter = random.pick(giversOf.get(form) ?? supporterRows)
      const measure = measureOf(form)
      const from = dayNumber(initiative.publishedOn)
      const until = Math.min(today, initiative.closedOn ? dayNumber(initiative.closedOn) : today)
      const pledgedOn = random.int(from, Math.max(from, until))
      const quantity =
        measure === 'quantity'
          ? Math.max(1, Math.round(((need?.targetQuantity ?? 40) * random.int(10, 60)) / 100))
          : null
      const people = measure === 'hours' ? random.int(1, need?.targetPeople ?? 5) : null
      const hours = measure === 'hours' ? random.int(2, need?.targetHours ?? 24) : null
      const valuationRupiah =
        quantity !== null && random.chance(0.6)
          ? quantity * random.int(10, 500) * 1000
          : people !== null && hours !== null && random.chance(0.3)
            ? people * hours * 50_000
            : null
      const schedule = random.next()
      const instalmentCount = measure !== 'text' && schedule < 0.25 ? random.int(3, 12) : 1
      const instalmentInterval = instalmentCount > 1 ? (random.chance(0.7) ? 'monthly' : 'quarterly') : null
      const dueOn =
        instalmentCount > 1 ? pledgedOn + random.int(7, 30) : schedule < 0.65 ? pledgedOn + random.int(7, 120) : null
      const terms: PledgeTerms = {
        form,
        rupiah:
          measure === 'rupiah' ? random.int(...fundSteps[supporter.kind as keyof typeof fundSteps]) * 50_000 : null,
        quantity,
        people,
        hours,
        dueOn: dueOn === null ? null : isoDay(dueOn),
        instalmentCount,
        instalmentInterval,
        cancelledOn: null,
      }
      // A pledge to an initiative later cancelled went with it; a few others were withdrawn.
      const cancelledOn =
        initiative.cancelled && initiative.closedOn
          ? initiative.closedOn
          : random.chance(0.02)
            ? isoDay(random.int(pledgedOn, today))
            : null
      const words = measure === 'text' ? (wordedSupport[form as keyof typeof wordedSupport] ?? []) : []
      const pledgeId = writer.insert(pledges, {
        supporterId: supporter.id,
        initiativeId: initiative.id,
        needId: need?.id ?? null,
        ...terms,
        unit: quantity === null ? null : (need?.unit ?? 'paket'),
        description: measure === 'text' ? (need?.targetText ?? random.pick(words)) : null,
        valuationRupiah,
        pledgedOn: isoDay(pledgedOn),
        partnershipModel: form === 'cooperation' ? random.pick(partnershipModels) : null,
        partnerType: form === 'cooperation' ? (partnerTypeOf[supporter.kind] ?? 'organisation') : null,
        cancelledOn,
        cancelReason:
          cancelledOn === null
            ? null
            : initiative.cancelled
              ? 'Inisiatif dibatalkan'
              : random.pick(pledgeCancelReasons),
      })
      result.pledges += 1
      const outcome = cancelledOn === null ? weighted(random.next(), outcomeWeights) : 'none'
      planned.push(...fulfilmentsOf(pledgeId, terms, pledgedOn, valuationRupiah, outcome))
    }
    return planned
  }

  /** What came in: on or about each date due that has passed, or once when nothing was scheduled. */
  const fulfilmentsOf = (
    pledgeId: string,
    terms: PledgeTerms,
    pledgedOn: number,
    valuation: number | null,
    outcome: Outcome,
  ): PlannedFulfilment[] => {
    if (outcome === 'none') return []
    const pledged = pledgedAmount(terms)
    const dated = (day: number) => isoDay(Math.max(pledgedOn, Math.min(today, day)))
    const plan =
      pledged === null
        ? [{ dueOn: dated(pledgedOn + random.int(3, 60)), amount: 1 }]
        : terms.dueOn === null
          ? [{ dueOn: dated(pledgedOn + random.int(3, 90)), amount: pledged }]
          : instalmentPlan(terms, pledged)
    const due = plan.filter((instalment) => dayNumber(instalment.dueOn) <= today)
    const paid = outcome === 'partial' ? due.slice(0, random.int(0, due.length - 1)) : due
    const share = outcome === 'partial' && paid.length === 0 ? random.int(30, 70) / 100 : 1
    return (paid.length > 0 ? paid : outcome === 'partial' ? due.slice(0, 1) : []).map((instalment, index, all) => {
      const last = index === all.length - 1
      const amount = Math.max(1, Math.round(instalment.amount * share * (last && outcome === 'over' ? 1.2 : 1)))
      const rounded = terms.form === 'funds' && amount > 1000 ? Math.round(amount / 1000) * 1000 : amount
      return {
        pledgeId,
        form: terms.form,
        receivedOn: dated(dayNumber(instalment.dueOn) + random.int(-5, 20)),
        amount: pledged === null ? null : rounded,
        valuationRupiah: valuation === null || pledged === null ? null : Math.round((valuation * rounded) / pledged),
        note: terms.instalmentCount > 1 ? `Angsuran ke-${index + 1}` : null,
      }
    })
  }

  /** In the order they came in, so receipt numbers of a year count up with the dates. */
  const writeFulfilments = (writer: SyncWriter, planned: PlannedFulfilment[]) => {
    const rates = sqlite
      .prepare(
        `SELECT effective_from AS effectiveFrom, rate_bp AS rateBp, provincial_share_bp AS provincialShareBp
         FROM fee_rates WHERE deleted_at IS NULL`,
      )
      .all() as RateInForce[]
    for (const fulfilment of planned.sort((a, b) =>
      a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0,
    )) {
      const measure = measureOf(fulfilment.form)
      const evidence = random.chance(0.85)
        ? `${random.pick(evidencePrefixes[measure])} ${measure === 'rupiah' ? random.digits(12) : `No. ${random.int(1, 300)}/${fulfilment.receivedOn.slice(0, 4)}`}`
        : null
      writer.insert(fulfilments, {
        pledgeId: fulfilment.pledgeId,
        receivedOn: fulfilment.receivedOn,
        rupiah: measure === 'rupiah' ? fulfilment.amount : null,
        quantity: measure === 'quantity' ? fulfilment.amount : null,
        hours: measure === 'hours' ? fulfilment.amount : null,
        valuationRupiah: fulfilment.valuationRupiah,
        evidenceReference: evidence,
        note: fulfilment.note,
        receiptNumber: nextReceiptNumber(database, fulfilment.receivedOn),
        ...(measure === 'rupiah' && fulfilment.amount !== null
          ? feeSnapshot(fulfilment.amount, rateOn(rates, fulfilment.receivedOn))
          : feeSnapshot(0, NO_RATE)),
      })
      result.fulfilments += 1
    }
  }

  syncWrite(
    database,
    (writer) => {
      for (let n = 0; n < options.supporters; n++) makeSupporter(writer)
      result.supporters = options.supporters
      if (options.pledges === 0) return
      const planned = writePledges(writer)
      writeFeeRates(writer, planned)
      writeFulfilments(writer, planned)
    },
    { batch: true },
  )
  return result
}
