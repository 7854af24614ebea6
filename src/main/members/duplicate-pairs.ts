import type Database from 'better-sqlite3'
import type { ParsedInputOf } from '../../shared/contract'
import type { DuplicatePair, DuplicateReason, Page, RecordKind } from '../../shared/members'
import type { AppDatabase } from '../db'
import { kindSql, reasonWeights, strongestFirst } from './duplicates'
import { canonicalWord, words } from './names'
import { versionOf } from './search/name-order'

/**
 * A missing birth year lets a name in another OMS count only while at most this many live records
 * bear that name: a record without one could be any of its namesakes, which for a rare name is one
 * or two pairs to look at, and for Siti Rahayu dozens that say nothing.
 */
const RARE_NAME_RECORDS = 3

/**
 * What must agree, besides the name, before one name in two places of the province makes a pair
 * (SQL over two rows `a`, `b` of `named` in pairsSql). The same name in one OMS or one
 * kabupaten/kota always does.
 *
 * Organisations: nothing more. An OMS name is rarely shared by chance, and one recorded in the
 * wrong kabupaten, or by two secretariats, is exactly what the list is for.
 *
 * People: a name in another OMS alone is not enough. Indonesian names repeat across a province
 * (Siti Rahayu, Budi Santoso): 5,000 seeded people gave 12,000 such pairs, nearly all two people,
 * which no secretariat can review. So the name counts only with more:
 * - the same birth year: one person recorded twice keeps one birth year, while two namesakes share
 *   one about once in fifty;
 * - or the same phone or e-mail: the pair is listed for that anyway, and the name too makes one
 *   person likelier than a typo in a birth year would make two;
 * - or a birth year missing on either side, for a rare name (RARE_NAME_RECORDS): then nothing
 *   recorded tells the two apart, and a quick entry or an attendance-list import, the likeliest
 *   second copy, is the record that lacks it. Counting it for every name left 2,612 pairs among the
 *   5,000 people instead of 373, and more where birth years are often left empty.
 * Two known, different birth years and no shared contact: two people. A person whose OMS is not on
 * this instance (sync brought them first) has no province, so as before only their own OMS or a
 * contact pairs them: matching their name against every province at the national instance would
 * bring the noise back. The check on save, given a birth year by the form or import row, leaves out
 * a namesake born in another known year who shares no contact, as here (elsewhereEvidence in
 * duplicates.ts); it names every other namesake: one record at a time, the user sees them and decides.
 */
const elsewhere: Record<RecordKind, { columns: string; alike: string }> = {
  organisation: { columns: '', alike: '1' },
  person: {
    columns: ', a.birth_year, a.phone, a.email',
    alike: `a.birth_year = b.birth_year OR a.phone = b.phone OR a.email = b.email
      OR ((a.birth_year IS NULL OR b.birth_year IS NULL) AND a.namesakes <= ${RARE_NAME_RECORDS})`,
  },
}

/**
 * Every suspected pair of one kind, with whether it was marked "not a duplicate", never comparing
 * record × record. Names: each live record is read once, with where it is and how many share its
 * name, into a small table that SQLite indexes by name key for the pairing; comparing namesakes
 * there, rather than looking each one up again in the records and its OMS, is what keeps a
 * province of common names quick. Phones and e-mails: each record's partners by index. A pair
 * appears once, the smaller (older) id first.
 */
export function pairsSql(kind: RecordKind): string {
  const { table, joins, province, near } = kindSql[kind]
  const { columns, alike } = elsewhere[kind]
  const sameValue = (column: string, reason: DuplicateReason) => `
    SELECT a.id, b.id, '${reason}' FROM ${table} a JOIN ${table} b ON b.${column} = a.${column} AND b.id > a.id
    WHERE a.${column} IS NOT NULL AND a.deleted_at IS NULL AND b.deleted_at IS NULL`
  const weight = Object.entries(reasonWeights)
    .map(([reason, value]) => `WHEN '${reason}' THEN ${value}`)
    .join(' ')
  return `WITH named AS MATERIALIZED (
      SELECT a.id, a.name_key, a.${near} AS near, ${province('a')} AS province,
        count(*) OVER (PARTITION BY a.name_key) AS namesakes ${columns}
      FROM ${table} a ${joins('a')} WHERE a.deleted_at IS NULL AND a.name_key != ''
    ), matches (first_id, second_id, reason) AS (
      SELECT a.id, b.id, CASE WHEN a.near = b.near THEN 'name' ELSE 'nameElsewhere' END
      FROM named a JOIN named b ON b.name_key = a.name_key AND b.id > a.id
      WHERE a.near = b.near OR (a.province = b.province AND (${alike}))
      UNION ALL ${sameValue('phone', 'phone')}
      UNION ALL ${sameValue('email', 'email')}
    ), pairs AS (
      SELECT first_id, second_id, group_concat(reason) AS reasons, sum(CASE reason ${weight} END) AS strength
      FROM matches GROUP BY first_id, second_id
    )
    SELECT p.*, EXISTS (SELECT 1 FROM duplicate_dismissals d
      WHERE d.first_id = p.first_id AND d.second_id = p.second_id AND d.deleted_at IS NULL) AS dismissed
    FROM pairs p`
}

/** An organisation's name and acronym, for telling a pair written alike (writtenAlike); people have no acronym. */
const writtenSql: Record<RecordKind, string> = {
  organisation: 'a.name AS first_name, a.acronym AS first_acronym, b.name AS second_name, b.acronym AS second_acronym',
  person: 'NULL AS first_name, NULL AS first_acronym, NULL AS second_name, NULL AS second_acronym',
}

/**
 * Strongest by the reasons first, then by name so pairs of one name stay together; the ids make the
 * order total. rankedPairs then lifts the pairs written alike above the others.
 */
const rankedSql = (kind: RecordKind) => {
  const { table } = kindSql[kind]
  return `SELECT p.first_id, p.second_id, p.reasons, p.strength, p.dismissed, ${writtenSql[kind]}
    FROM (${pairsSql(kind)}) p JOIN ${table} a ON a.id = p.first_id JOIN ${table} b ON b.id = p.second_id
    ORDER BY p.strength DESC, a.name, b.name, p.first_id, p.second_id`
}

interface RankedPair {
  first_id: string
  second_id: string
  reasons: string
  strength: number
  dismissed: 0 | 1
}
type FoundPair = RankedPair & Record<`${'first' | 'second'}_${'name' | 'acronym'}`, string | null>

/** A name as written, only abbreviations expanded: "Yys. Pelita Desa" → "yayasan pelita desa". */
const writtenName = (name: string) => words(name).map(canonicalWord).join(' ')
const writtenAcronym = (acronym: string | null) => words(acronym ?? '').join('')

/**
 * Two OMS whose names are the same once abbreviations are expanded, legal form included, and
 * whose recorded acronyms agree: "Yayasan Pelita Desa Mandiri" (YPDM) and "Yys. Pelita Desa
 * Mandiri" (YPDM) are one OMS typed twice, wherever each was placed. The name key alone cannot
 * say so: it drops the legal form, so "Lembaga Literasi Lentera" and "Yayasan Literasi Lentera"
 * share it too, and those may well be two. Without an acronym on both sides an identical name is
 * only the name reason: a common one ("Forum Peduli Lingkungan") recurs across a province.
 */
function writtenAlike(pair: FoundPair): boolean {
  const acronym = writtenAcronym(pair.first_acronym)
  return (
    acronym !== '' &&
    acronym === writtenAcronym(pair.second_acronym) &&
    writtenName(pair.first_name ?? '') === writtenName(pair.second_name ?? '')
  )
}

/**
 * What a pair written alike adds to its strength: as much as the most its reasons can give (the
 * name nearby, the phone and the e-mail), so such pairs rank above all others, and count as very
 * alike even when their names are in two kabupaten/kota.
 */
const WRITTEN_ALIKE = reasonWeights.name + reasonWeights.phone + reasonWeights.email

interface Ranked {
  version: string
  open: RankedPair[]
  dismissed: RankedPair[]
}

/**
 * The ranked pairs of each kind, kept until the next write (this connection's change count or
 * another connection's data_version, as the directory's name order is kept): finding them reads
 * every record, while turning a page should cost only its own rows. Marking a pair is a write, so
 * the list after it is found afresh.
 */
const rankedCache = new WeakMap<Database.Database, Map<RecordKind, Ranked>>()

function rankedPairs(sqlite: Database.Database, kind: RecordKind): Ranked {
  const version = versionOf(sqlite)
  const perKind = rankedCache.get(sqlite) ?? new Map<RecordKind, Ranked>()
  rankedCache.set(sqlite, perKind)
  const cached = perKind.get(kind)
  if (cached?.version === version) return cached
  // A stable sort keeps the SQL order (strength, then names) among pairs of one strength.
  const all = (sqlite.prepare(rankedSql(kind)).all() as FoundPair[])
    .map((pair): RankedPair => ({
      first_id: pair.first_id,
      second_id: pair.second_id,
      reasons: pair.reasons,
      strength: pair.strength + (writtenAlike(pair) ? WRITTEN_ALIKE : 0),
      dismissed: pair.dismissed,
    }))
    .sort((a, b) => b.strength - a.strength)
  const ranked = {
    version,
    open: all.filter((pair) => !pair.dismissed),
    dismissed: all.filter((pair) => pair.dismissed),
  }
  perKind.set(kind, ranked)
  return ranked
}

interface RecordRow {
  id: string
  name: string
  context: string | null
}

/** The directory's suspected pairs of one kind, strongest first, a page at a time. */
export function duplicatePairs(
  database: AppDatabase,
  input: ParsedInputOf<'members:duplicatePairs'>,
): Page<DuplicatePair> {
  const ranked = rankedPairs(database.sqlite, input.kind)
  const list = input.dismissed ? ranked.dismissed : ranked.open
  const page = list.slice(input.offset, input.offset + input.limit)
  // Only the page's records are looked up for their name and where they are.
  const { table, joins, context } = kindSql[input.kind]
  const ids = JSON.stringify(page.flatMap((pair) => [pair.first_id, pair.second_id]))
  const records = database.sqlite
    .prepare(
      `SELECT a.id, a.name, ${context('a')} AS context FROM ${table} a ${joins('a')}
       WHERE a.id IN (SELECT value FROM json_each(?))`,
    )
    .all(ids) as RecordRow[]
  const byId = new Map(records.map((record) => [record.id, record]))
  return {
    total: list.length,
    offset: input.offset,
    rows: page.map((pair) => ({
      kind: input.kind,
      first: byId.get(pair.first_id) as RecordRow,
      second: byId.get(pair.second_id) as RecordRow,
      reasons: strongestFirst(pair.reasons.split(',') as DuplicateReason[]),
      strength: pair.strength,
    })),
  }
}
