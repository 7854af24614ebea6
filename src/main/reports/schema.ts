import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { indicatorKeys } from '../../shared/reports'
import { syncColumns, syncIndex } from '../db/columns'

/**
 * A target for one indicator over a period. The national team's (owned by the national instance)
 * reach every hub in national bundles; a province may add its own beside them.
 */
export const indicatorTargets = sqliteTable(
  'indicator_targets',
  {
    ...syncColumns(),
    indicatorKey: text('indicator_key', { enum: indicatorKeys }).notNull(),
    fromOn: text('from_on').notNull(),
    toOn: text('to_on').notNull(),
    value: integer('value').notNull(),
    note: text('note'),
  },
  (t) => [syncIndex('indicator_targets', t)],
)
