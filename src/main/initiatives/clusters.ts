import { asc, eq, isNull } from 'drizzle-orm'
import type { ParsedInputOf } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { IssueCluster } from '../../shared/initiatives'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { syncWrite } from '../sync/write'
import { jsonList } from './records'
import { issueClusters } from './schema'

/** Issue clusters are the national team's: a hub receives them in national bundles and only tags with them. */
function requireNational(database: AppDatabase): void {
  if (requireIdentity(database).role !== 'national')
    throw new AppError('FORBIDDEN', { key: 'initiatives.cluster.nationalOnly' })
}

type ClusterRow = typeof issueClusters.$inferSelect
const toCluster = (row: ClusterRow): IssueCluster => ({
  id: row.id,
  name: row.name,
  description: row.description,
  sdgs: jsonList<number>(row.sdgs),
})

function liveCluster(database: AppDatabase, id: string): ClusterRow {
  const row = database.orm.select().from(issueClusters).where(eq(issueClusters.id, id)).get()
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', { key: 'initiatives.cluster.notFound' })
  return row
}

const clusterColumns = (fields: ParsedInputOf<'initiatives:createCluster'>) => ({
  ...fields,
  sdgs: JSON.stringify([...new Set(fields.sdgs)].sort((a, b) => a - b)),
})

export const listClusters = (database: AppDatabase): IssueCluster[] =>
  database.orm
    .select()
    .from(issueClusters)
    .where(isNull(issueClusters.deletedAt))
    .orderBy(asc(issueClusters.name))
    .all()
    .map(toCluster)

export function createCluster(database: AppDatabase, input: ParsedInputOf<'initiatives:createCluster'>): IssueCluster {
  requireNational(database)
  const id = syncWrite(database, (writer) => writer.insert(issueClusters, clusterColumns(input)))
  return toCluster(liveCluster(database, id))
}

export function updateCluster(database: AppDatabase, input: ParsedInputOf<'initiatives:updateCluster'>): IssueCluster {
  requireNational(database)
  const { id, ...fields } = input
  liveCluster(database, id)
  syncWrite(database, (writer) => writer.update(issueClusters, id, clusterColumns(fields)))
  return toCluster(liveCluster(database, id))
}

/** Initiatives tagged with a deleted cluster keep the tag but no longer show it (see initiativeProblems). */
export function deleteCluster(database: AppDatabase, id: string): { id: string } {
  requireNational(database)
  liveCluster(database, id)
  syncWrite(database, (writer) => writer.remove(issueClusters, id))
  return { id }
}
