import type { ParsedInputOf } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { Target } from '../../shared/reports'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { refuseFields } from '../members/records/common'
import { syncWrite } from '../sync/write'
import { measures } from './measures'
import { indicatorTargets } from './schema'

interface TargetRow extends Omit<Target, 'editable' | 'scope' | 'unit' | 'setBy' | 'provinceCode'> {
  ownerRole: 'hub' | 'national' | null
  ownerName: string | null
  ownerProvince: string | null
  hubId: string
}

/**
 * Every target this instance knows: the national team's first, then the province's own, each by
 * indicator and period. A hub sees the national targets but changes only its own.
 */
export function listTargets(database: AppDatabase): Target[] {
  const own = requireIdentity(database).hubId
  const rows = database.sqlite
    .prepare(
      `SELECT t.id, t.indicator_key AS key, t.from_on AS fromOn, t.to_on AS toOn, t.value, t.note, t.hub_id AS hubId,
         h.role AS ownerRole, h.name AS ownerName, h.province_code AS ownerProvince
       FROM indicator_targets t LEFT JOIN hubs h ON h.id = t.hub_id
       WHERE t.deleted_at IS NULL
       ORDER BY h.role = 'national' DESC, t.indicator_key, t.from_on, t.id`,
    )
    .all() as TargetRow[]
  return rows.map(({ ownerRole, ownerName, ownerProvince, hubId, ...target }) => ({
    ...target,
    scope: ownerRole === 'national' ? 'national' : 'province',
    setBy: ownerName ?? '',
    provinceCode: ownerRole === 'national' ? null : ownerProvince,
    editable: hubId === own,
    unit: measures[target.key].unit,
  }))
}

function refuseBadPeriod(fields: { fromOn: string; toOn: string }): void {
  if (fields.fromOn > fields.toOn) refuseFields({ toOn: { key: 'validation.reports.periodOrder' } })
}

function requireOwnTarget(database: AppDatabase, id: string): void {
  const row = database.sqlite
    .prepare('SELECT hub_id AS hubId, deleted_at AS deletedAt FROM indicator_targets WHERE id = ?')
    .get(id) as { hubId: string; deletedAt: string | null } | undefined
  if (!row || row.deletedAt !== null) throw new AppError('NOT_FOUND', { key: 'validation.reports.targetNotFound' })
  if (row.hubId !== requireIdentity(database).hubId)
    throw new AppError('FORBIDDEN', { key: 'validation.reports.targetNotOwn' })
}

export function createTarget(database: AppDatabase, input: ParsedInputOf<'reports:createTarget'>): Target[] {
  refuseBadPeriod(input)
  const { key, ...fields } = input
  syncWrite(database, (writer) => writer.insert(indicatorTargets, { indicatorKey: key, ...fields }), {
    immediate: true,
  })
  return listTargets(database)
}

export function updateTarget(database: AppDatabase, input: ParsedInputOf<'reports:updateTarget'>): Target[] {
  refuseBadPeriod(input)
  const { id, key, ...fields } = input
  syncWrite(
    database,
    (writer) => {
      requireOwnTarget(database, id)
      writer.update(indicatorTargets, id, { indicatorKey: key, ...fields })
    },
    { immediate: true },
  )
  return listTargets(database)
}

export function deleteTarget(database: AppDatabase, id: string): Target[] {
  syncWrite(database, (writer) => {
    requireOwnTarget(database, id)
    writer.remove(indicatorTargets, id)
  })
  return listTargets(database)
}
