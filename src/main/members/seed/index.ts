import { AppError } from '../../../shared/errors'
import { personRoles, type MembershipStatus } from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { requireIdentity } from '../../hub/service'
import { syncWrite, type SyncWriter } from '../../sync/write'
import { organisationNameKey, personNameKey } from '../names'
import { affiliations, capacityAssessments, membershipChanges, organisations, people } from '../schema'
import {
  femaleGivenNames,
  femaleSecondNames,
  maleGivenNames,
  maleSecondNames,
  mobilePrefixes,
  organisationPrefixes,
  organisationWords,
  otherTypes,
  sharedSecondNames,
  streetNames,
  typesByPrefix,
} from './vocabulary'

export interface SeedOptions {
  organisations: number
  people: number
  seed: number
}

export interface SeedResult {
  organisations: number
  people: number
}

/** mulberry32: tiny, fast and good enough to make the same data from the same seed on every machine. */
export function generator(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const chance = (p: number) => next() < p
  const digits = (count: number) => Array.from({ length: count }, () => int(0, 9)).join('')
  return { next, int, pick, chance, digits }
}

const statusWeights: [MembershipStatus, number][] = [
  ['active', 0.6],
  ['candidate', 0.2],
  ['inactive', 0.12],
  ['left', 0.08],
]

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

/**
 * Adds realistic synthetic members for the hub's province: Indonesian names, real kabupaten/kota
 * with their kecamatan and desa, plausible mobile numbers. The same seed gives the same people and
 * organisations (ids and timestamps are new each run, so seeding twice adds twice). Rows are written
 * without the form path's checks, through the one write path in one transaction.
 */
export function seedMembers(database: AppDatabase, options: SeedOptions): SeedResult {
  const hub = requireIdentity(database)
  const { sqlite } = database
  const random = generator(options.seed)
  const thisYear = new Date(database.clock()).getUTCFullYear()

  const regencies = sqlite
    .prepare(`SELECT code, short_name AS shortName FROM ref_regencies WHERE province_code = coalesce(?, province_code)`)
    .all(hub.provinceCode) as { code: string; shortName: string }[]
  const districtsOf = cached((regency: string) =>
    sqlite.prepare(`SELECT code, name FROM ref_districts WHERE regency_code = ?`).all(regency),
  ) as (regency: string) => { code: string; name: string }[]
  const villagesOf = cached((district: string) =>
    sqlite.prepare(`SELECT code FROM ref_villages WHERE district_code = ?`).all(district),
  ) as (district: string) => { code: string }[]
  const terms = (vocabulary: string) =>
    (sqlite.prepare(`SELECT code FROM ref_terms WHERE vocabulary = ?`).all(vocabulary) as { code: string }[]).map(
      (t) => t.code,
    )
  const sectors = terms('sector')
  const aspects = terms('capacity_aspect')

  const pastDay = (fromYear: number) =>
    isoDay(new Date(Date.UTC(random.int(fromYear, thisYear - 1), random.int(0, 11), random.int(1, 28))))
  const mobile = () => `+62${random.pick(mobilePrefixes)}${random.digits(random.int(7, 8))}`

  /** calon first, then the steps statusTransitions allows, each some months after the one before. */
  const membershipHistory = (status: MembershipStatus): [MembershipStatus, string][] => {
    const steps: MembershipStatus[] =
      status === 'candidate'
        ? ['candidate']
        : status === 'active'
          ? ['candidate', 'active']
          : status === 'inactive' || random.chance(0.5)
            ? ['candidate', 'active', status]
            : ['candidate', 'left']
    // The latest step is the current status; earlier ones lie one to twenty-three months apart.
    const dates: string[] = []
    let day = Date.parse(`${pastDay(2018)}T00:00:00Z`)
    for (const _ of steps) {
      dates.unshift(isoDay(new Date(day)))
      day -= random.int(30, 700) * 86_400_000
    }
    return steps.map((step, index) => [step, dates[index] as string])
  }

  const makeOrganisation = (writer: SyncWriter): string => {
    const regency = random.pick(regencies)
    const district = random.pick(districtsOf(regency.code))
    const village = random.pick(villagesOf(district.code))
    const prefix = random.pick(organisationPrefixes)
    const core = [random.pick(organisationWords), random.pick(organisationWords)]
    const place = random.chance(0.5) ? [district.name] : []
    const name = [prefix, ...new Set(core), ...place].join(' ')
    const acronym = [prefix, ...core].map((word) => word[0]).join('')
    const history = membershipHistory(weighted(random.next(), statusWeights))
    const [status, since] = history.at(-1) as [MembershipStatus, string]
    const foundedYear = random.int(1975, Number(history[0]?.[1].slice(0, 4)))
    const id = writer.insert(organisations, {
      name,
      nameKey: organisationNameKey(name),
      acronym,
      typeCode: random.pick(typesByPrefix[prefix] ?? otherTypes),
      legalForm: prefix === 'Yayasan' ? 'foundation' : prefix === 'Perkumpulan' ? 'association' : null,
      registrationNumber: prefix === 'Yayasan' ? `AHU-${random.digits(7)}.AH.01.04.Tahun ${foundedYear}` : null,
      foundedYear,
      regencyCode: regency.code,
      districtCode: district.code,
      villageCode: village.code,
      address: `${random.pick(streetNames)} No. ${random.int(1, 250)}`,
      phone: random.chance(0.85) ? mobile() : null,
      email: random.chance(0.6) ? `${acronym.toLowerCase()}${random.digits(3)}@gmail.com` : null,
      website: random.chance(0.2) ? `https://${acronym.toLowerCase()}${random.digits(2)}.or.id` : null,
      sectorCodes: JSON.stringify([...new Set([random.pick(sectors), random.pick(sectors)])]),
      sdgs: JSON.stringify([...new Set([random.int(1, 17), random.int(1, 17)])].sort((a, b) => a - b)),
      focus: null,
      beneficiaries: null,
      staffCount: random.int(1, 40),
      volunteerCount: random.int(0, 200),
      status,
      statusSince: since,
    })
    for (const [step, effectiveOn] of history)
      writer.insert(membershipChanges, { organisationId: id, status: step, effectiveOn })
    for (let n = random.int(0, 2); n > 0; n--) {
      const scores = Object.fromEntries(aspects.map((aspect) => [aspect, random.int(1, 5)]))
      writer.insert(capacityAssessments, {
        organisationId: id,
        assessedOn: pastDay(2020),
        scores: JSON.stringify(scores),
      })
    }
    return id
  }

  const namesByOrganisation = new Map<string, Set<string>>()
  const makePerson = (writer: SyncWriter, organisationIds: string[]) => {
    const female = random.chance(0.45)
    const organisationId = random.pick(organisationIds)
    const namesHere = namesByOrganisation.get(organisationId) ?? new Set<string>()
    namesByOrganisation.set(organisationId, namesHere)
    const draw = () => {
      const second = random.pick(random.chance(0.2) ? sharedSecondNames : female ? femaleSecondNames : maleSecondNames)
      return `${random.pick(female ? femaleGivenNames : maleGivenNames)} ${second}`
    }
    // Two people of one name in one OMS would be the first duplicate warning a demo shows; a very
    // crowded OMS may still get one after a few draws.
    let name = draw()
    for (let attempt = 0; attempt < 20 && namesHere.has(name); attempt++) name = draw()
    namesHere.add(name)
    const role = random.pick(personRoles)
    const consent = random.chance(0.7)
    const id = writer.insert(people, {
      name,
      nameKey: personNameKey(name),
      gender: female ? 'female' : 'male',
      birthYear: random.chance(0.9) ? random.int(thisYear - 65, thisYear - 17) : null,
      role,
      organisationId,
      phone: random.chance(0.8) ? mobile() : null,
      email: random.chance(0.5) ? `${name.toLowerCase().replace(' ', '.')}${random.digits(2)}@gmail.com` : null,
      consent,
      consentOn: consent ? pastDay(2022) : null,
    })
    writer.insert(affiliations, { personId: id, organisationId, role, fromOn: pastDay(2015) })
  }

  syncWrite(database, (writer) => {
    const organisationIds = Array.from({ length: options.organisations }, () => makeOrganisation(writer))
    if (options.people > 0 && organisationIds.length === 0)
      organisationIds.push(
        ...(sqlite.prepare(`SELECT id FROM organisations WHERE deleted_at IS NULL`).pluck().all() as string[]),
      )
    if (options.people > 0 && organisationIds.length === 0)
      throw new AppError('VALIDATION', { key: 'errors.seedNeedsOrganisations' })
    for (let n = 0; n < options.people; n++) makePerson(writer, organisationIds)
  })
  return { organisations: options.organisations, people: options.people }
}

export function weighted<T>(roll: number, weights: [T, number][]): T {
  let sum = 0
  for (const [value, weight] of weights) {
    sum += weight
    if (roll < sum) return value
  }
  return (weights.at(-1) as [T, number])[0]
}

export function cached<K, V>(load: (key: K) => V): (key: K) => V {
  const memo = new Map<K, V>()
  return (key) => {
    if (!memo.has(key)) memo.set(key, load(key))
    return memo.get(key) as V
  }
}
