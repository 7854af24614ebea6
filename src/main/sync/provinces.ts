import { STALE_AFTER_DAYS, type ProvinceHub, type ProvinceRow } from '../../shared/sync'
import type { AppDatabase } from '../db'
import { listProvinces } from '../reference/queries'
import { keyProgress } from './progress'

const DAY_MS = 24 * 60 * 60 * 1000

interface EnrolledKey {
  keyId: string
  hubId: string
  provinceCode: string | null
  name: string
}

/**
 * Every province of the country with the hubs enrolled there, as the national team follows them:
 * when each last sent its changes and how old they are, sequences still missing, how many
 * organisations and people it holds here, and bundles refused as signs of a copied database.
 */
export function provincesOverview(database: AppDatabase): ProvinceRow[] {
  const keys = database.sqlite
    .prepare(
      `SELECT key_id AS keyId, hub_id AS hubId, province_code AS provinceCode, name FROM sync_keys
       WHERE role = 'hub' AND status <> 'self' ORDER BY enrolled_at, key_id`,
    )
    .all() as EnrolledKey[]
  const hubsByProvince = new Map<string, Map<string, EnrolledKey[]>>()
  for (const key of keys) {
    if (key.provinceCode === null) continue
    const hubs = hubsByProvince.get(key.provinceCode) ?? new Map<string, EnrolledKey[]>()
    hubs.set(key.hubId, [...(hubs.get(key.hubId) ?? []), key])
    hubsByProvince.set(key.provinceCode, hubs)
  }
  return listProvinces(database.orm).map((province) => ({
    code: province.code,
    name: province.name,
    hubs: [...(hubsByProvince.get(province.code) ?? new Map<string, EnrolledKey[]>())].map(([hubId, hubKeys]) =>
      hubSummary(database, hubId, hubKeys),
    ),
  }))
}

function hubSummary(database: AppDatabase, hubId: string, keys: EnrolledKey[]): ProvinceHub {
  const count = (sql: string) => database.sqlite.prepare(sql).pluck().get(hubId) as number
  const lastBundle =
    (database.sqlite
      .prepare(
        `SELECT sequence, created_at AS createdAt, recorded_at AS recordedAt FROM sync_bundles
         WHERE direction = 'in' AND kind = 'changes' AND outcome = 'accepted' AND hub_id = ?
         ORDER BY created_at DESC LIMIT 1`,
      )
      .get(hubId) as ProvinceHub['lastBundle'] | undefined) ?? null
  const ageDays = lastBundle
    ? Math.max(0, Math.floor((database.clock() - Date.parse(lastBundle.createdAt)) / DAY_MS))
    : null
  // The hub's own record, as it last sent it, names it better than a key enrolled long ago.
  const recorded = database.sqlite.prepare('SELECT name FROM hubs WHERE id = ?').pluck().get(hubId) as
    string | undefined
  return {
    hubId,
    name: recorded ?? (keys.at(-1) as EnrolledKey).name,
    lastBundle,
    ageDays,
    stale: ageDays !== null && ageDays > STALE_AFTER_DAYS,
    gaps: keys.flatMap((key) => keyProgress(database, key.keyId).gaps),
    organisations: count('SELECT count(*) FROM organisations WHERE hub_id = ? AND deleted_at IS NULL'),
    people: count('SELECT count(*) FROM people WHERE hub_id = ? AND deleted_at IS NULL'),
    alarms: count(`SELECT count(*) FROM sync_bundles WHERE direction = 'in' AND outcome = 'alarm' AND hub_id = ?`),
  }
}

/** The province a hub's keys were enrolled for, by name: what its acknowledgement file is named after. */
export const provinceNameOfHub = (database: AppDatabase, hubId: string): string | undefined =>
  database.sqlite
    .prepare(
      'SELECT p.name FROM sync_keys k JOIN ref_provinces p ON p.code = k.province_code WHERE k.hub_id = ? LIMIT 1',
    )
    .pluck()
    .get(hubId) as string | undefined
