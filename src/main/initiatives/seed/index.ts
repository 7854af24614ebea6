import { AppError } from '../../../shared/errors'
import { localDate } from '../../../shared/format'
import { measureOf, stepNumbers, type InitiativeStatus } from '../../../shared/initiatives'
import { resourceSources } from '../../../shared/stories'
import type { AppDatabase } from '../../db'
import { requireIdentity } from '../../hub/service'
import { cached, generator, weighted } from '../../members/seed'
import { syncWrite, type SyncWriter } from '../../sync/write'
import { stepId } from '../ids'
import { initiatives, initiativeStatusChanges, initiativeSteps, needs, stories } from '../schema'
import { cancelReasons, storyTitleSuffixes, themes, type NeedTemplate, type Theme } from './vocabulary'

export interface InitiativeSeedOptions {
  initiatives: number
  seed: number
}

export interface InitiativeSeedResult {
  initiatives: number
  needs: number
  stories: number
}

const statusWeights: [InitiativeStatus, number][] = [
  ['draft', 0.15],
  ['published', 0.15],
  ['running', 0.35],
  ['completed', 0.25],
  ['cancelled', 0.1],
]

/** The statuses an initiative passes through to reach `status`, in order. */
const pathTo: Record<Exclude<InitiativeStatus, 'cancelled'>, InitiativeStatus[]> = {
  draft: ['draft'],
  published: ['draft', 'published'],
  running: ['draft', 'published', 'running'],
  completed: ['draft', 'published', 'running', 'completed'],
}

/** Days from one status to the next: a draft takes weeks to publish, a service months to finish. */
const daysBefore: Record<InitiativeStatus, [number, number]> = {
  draft: [0, 0],
  published: [20, 120],
  running: [15, 90],
  completed: [120, 540],
  cancelled: [30, 200],
}

const DAY = 86_400_000
export const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY
export const isoDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10)

interface Place {
  regencyCode: string
  districtCode: string | null
  villageCode: string | null
}

/**
 * Adds synthetic initiatives of the hub's member OMS: each answers one of the themes local OMS
 * work on, in a real desa of the province, with a dated status history that follows draf → terbit
 * → berjalan → selesai (or dibatalkan), its six steps done before it was published, two to five
 * needs of mixed forms, and stories of change once it ran. The same seed gives the same content;
 * ids and timestamps are new each run.
 */
export function seedInitiatives(database: AppDatabase, options: InitiativeSeedOptions): InitiativeSeedResult {
  const hub = requireIdentity(database)
  const { sqlite } = database
  const random = generator(options.seed)
  const today = dayNumber(localDate(new Date(database.clock()), hub.timeZone))
  const organisations = sqlite
    .prepare(
      `SELECT id, regency_code AS regencyCode, district_code AS districtCode, village_code AS villageCode
       FROM organisations WHERE deleted_at IS NULL AND merged_into_id IS NULL
       ORDER BY status != 'active', rowid`,
    )
    .all() as (Place & { id: string })[]
  if (options.initiatives > 0 && organisations.length === 0)
    throw new AppError('VALIDATION', { key: 'errors.seedInitiativesNeedOrganisations' })
  const active = sqlite
    .prepare(
      `SELECT count(*) FROM organisations WHERE deleted_at IS NULL AND merged_into_id IS NULL AND status = 'active'`,
    )
    .pluck()
    .get() as number
  const leads = active > 0 ? organisations.slice(0, active) : organisations
  const regencies = sqlite
    .prepare(`SELECT code FROM ref_regencies WHERE province_code = coalesce(?, province_code) ORDER BY code`)
    .pluck()
    .all(hub.provinceCode) as string[]
  const districtsOf = cached(
    (regency: string) =>
      sqlite
        .prepare(`SELECT code FROM ref_districts WHERE regency_code = ? ORDER BY code`)
        .pluck()
        .all(regency) as string[],
  )
  const villagesOf = cached(
    (district: string) =>
      sqlite.prepare(`SELECT code, name FROM ref_villages WHERE district_code = ? ORDER BY code`).all(district) as {
        code: string
        name: string
      }[],
  )
  const clusterIds = sqlite
    .prepare(`SELECT id FROM issue_clusters WHERE deleted_at IS NULL ORDER BY name`)
    .pluck()
    .all() as string[]

  /** Mostly where the lead OMS works; some reach into another kabupaten/kota of the province. */
  const placeFor = (lead: Place): Place & { villageName: string } => {
    const regencyCode = lead.villageCode && random.chance(0.7) ? lead.regencyCode : random.pick(regencies)
    const districtCode =
      regencyCode === lead.regencyCode && lead.districtCode ? lead.districtCode : random.pick(districtsOf(regencyCode))
    const villages = villagesOf(districtCode)
    const village =
      villages.find((v) => v.code === lead.villageCode && regencyCode === lead.regencyCode) ?? random.pick(villages)
    return { regencyCode, districtCode, villageCode: village.code, villageName: village.name }
  }

  /** The dated steps to `status`, the latest some time before today, each after the one before. */
  const historyOf = (status: InitiativeStatus): [InitiativeStatus, number][] => {
    const steps =
      status === 'cancelled'
        ? [...pathTo[random.pick(['draft', 'published', 'running'] as const)], 'cancelled' as const]
        : pathTo[status]
    const dated: [InitiativeStatus, number][] = []
    let day = today - random.int(0, 240)
    for (const step of [...steps].reverse()) {
      dated.unshift([step, day])
      day -= random.int(...daysBefore[step])
    }
    return dated
  }

  const needValues = (template: NeedTemplate) => {
    const [low, high] = template.millions ?? [0, 0]
    const measure = measureOf(template.form)
    return {
      form: template.form,
      description: template.description,
      targetRupiah: measure === 'rupiah' ? random.int(low * 2, high * 2) * 500_000 : null,
      targetQuantity: measure === 'quantity' ? random.int(...(template.quantity ?? [1, 1])) : null,
      unit: measure === 'quantity' ? (template.unit ?? null) : null,
      targetPeople: measure === 'hours' ? random.int(...(template.people ?? [1, 1])) : null,
      targetHours: measure === 'hours' ? random.int(...(template.hours ?? [1, 1])) : null,
      targetText: measure === 'text' ? (template.text ?? null) : null,
    }
  }

  const resourceMix = () =>
    resourceSources
      .filter((source) => source !== 'other' && random.chance(0.55))
      .map((source) => ({ source, amountRupiah: random.int(5, 400) * 100_000 }))

  const counts = { initiatives: 0, needs: 0, stories: 0 }

  const writeStories = (
    writer: SyncWriter,
    id: string,
    theme: Theme,
    villageName: string,
    from: number,
    to: number,
  ) => {
    for (let n = 0; n < random.int(1, 2); n++) {
      const text = (value: string) => value.replaceAll('{desa}', villageName)
      writer.insert(stories, {
        initiativeId: id,
        title: `${text(theme.story.title)}${storyTitleSuffixes[n] ?? ''}`,
        happenedOn: isoDay(random.int(from, to)),
        narrative: text(theme.story.narrative),
        before: text(theme.story.before),
        after: text(theme.story.after),
        resourceMix: JSON.stringify(resourceMix()),
        status: random.chance(0.7) ? 'published' : 'draft',
      })
      counts.stories += 1
    }
  }

  const makeInitiative = (writer: SyncWriter) => {
    const lead = random.pick(leads)
    const theme = random.pick(themes)
    const place = placeFor(lead)
    const history = historyOf(weighted(random.next(), statusWeights))
    const [status, since] = history.at(-1) as [InitiativeStatus, number]
    const dayOf = (step: InitiativeStatus) => history.find(([s]) => s === step)?.[1]
    const runningOn = dayOf('running')
    const startsOn = runningOn ?? (dayOf('published') ?? history[0]?.[1] ?? today) + random.int(30, 120)
    const endsOn = dayOf('completed') ?? startsOn + random.int(180, 720)
    const partnerCount = random.chance(0.3) ? random.int(1, 2) : 0
    const partners = new Set(Array.from({ length: partnerCount }, () => random.pick(organisations).id))
    partners.delete(lead.id)
    const id = writer.insert(initiatives, {
      leadOrganisationId: lead.id,
      partnerOrganisationIds: JSON.stringify([...partners]),
      title: random.pick(theme.titles).replaceAll('{desa}', place.villageName),
      problem: theme.problem,
      service: theme.service,
      beneficiaryGroups: theme.beneficiaries,
      beneficiaryCount: random.int(...theme.beneficiaryCount),
      regencyCode: place.regencyCode,
      districtCode: place.districtCode,
      villageCode: place.villageCode,
      sectorCodes: JSON.stringify(theme.sectors),
      sdgs: JSON.stringify([...theme.sdgs].sort((a, b) => a - b)),
      clusterIds: JSON.stringify(clusterIds.length > 0 && random.chance(0.3) ? [random.pick(clusterIds)] : []),
      startsOn: isoDay(startsOn),
      endsOn: isoDay(endsOn),
      status,
      statusSince: isoDay(since),
    })
    for (const [step, day] of history)
      writer.insert(initiativeStatusChanges, {
        initiativeId: id,
        status: step,
        effectiveOn: isoDay(day),
        note: step === 'cancelled' ? random.pick(cancelReasons) : null,
      })
    // Publishing needs all six steps; a draft (or one cancelled as a draft) is part of the way.
    const stepsDone = dayOf('published') === undefined ? random.int(0, 5) : stepNumbers.length
    for (const step of stepNumbers)
      writer.insert(initiativeSteps, { id: stepId(id, step), initiativeId: id, step, done: step <= stepsDone })
    const templates = shuffled(theme.needs, random.next)
    for (const template of templates.slice(0, random.int(2, Math.min(5, templates.length)))) {
      writer.insert(needs, { initiativeId: id, ...needValues(template) })
      counts.needs += 1
    }
    if (runningOn !== undefined && random.chance(status === 'completed' ? 0.7 : 0.3))
      writeStories(writer, id, theme, place.villageName, runningOn, dayOf('completed') ?? dayOf('cancelled') ?? today)
    counts.initiatives += 1
  }

  syncWrite(
    database,
    (writer) => {
      for (let n = 0; n < options.initiatives; n++) makeInitiative(writer)
    },
    { batch: true },
  )
  return counts
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const result = [...items]
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[result[i], result[j]] = [result[j] as T, result[i] as T]
  }
  return result
}
