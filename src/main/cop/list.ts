import type { ParsedInputOf } from '../../shared/contract'
import type { SessionPage, SessionRow } from '../../shared/cop'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { localDaySql } from './rules'

const rowColumns = `s.id, s.title, s.aspect, s.format, s.status, s.starts_at AS startsAt, s.ends_at AS endsAt,
  r.title AS seriesTitle, s.series_part AS seriesPart,
  (SELECT json_group_array(p.name) FROM json_each(s.facilitator_ids) f JOIN people p ON p.id = f.value) AS facilitatorNames,
  (SELECT count(*) FROM cop_participants c WHERE c.session_id = s.id AND c.deleted_at IS NULL AND c.status != 'cancelled') AS registered,
  (SELECT count(*) FROM cop_participants c WHERE c.session_id = s.id AND c.deleted_at IS NULL
     AND c.status IN ('present', 'partial')) AS attended`

type RawRow = Omit<SessionRow, 'facilitatorNames'> & { facilitatorNames: string }
export const sessionRows = (rows: RawRow[]): SessionRow[] =>
  rows.map((row) => ({ ...row, facilitatorNames: JSON.parse(row.facilitatorNames) as string[] }))

export const sessionRowSql = (where: string, order: string) =>
  `SELECT ${rowColumns} FROM cop_sessions s LEFT JOIN cop_series r ON r.id = s.series_id
   WHERE s.deleted_at IS NULL ${where} ORDER BY ${order}`

/** Sessions newest first, narrowed by words of the title, status, aspect, format, facilitator and days. */
export function listSessions(database: AppDatabase, input: ParsedInputOf<'cop:listSessions'>): SessionPage {
  const day = localDaySql('s.starts_at', requireIdentity(database).timeZone)
  const where = `AND (:search = '' OR s.title LIKE '%' || :search || '%' OR r.title LIKE '%' || :search || '%')
    AND (:status IS NULL OR s.status = :status) AND (:aspect IS NULL OR s.aspect = :aspect)
    AND (:format IS NULL OR s.format = :format)
    AND (:facilitator IS NULL OR EXISTS (SELECT 1 FROM json_each(s.facilitator_ids) f WHERE f.value = :facilitator))
    AND (:from IS NULL OR ${day} >= :from) AND (:to IS NULL OR ${day} <= :to)`
  const params = {
    search: input.search,
    status: input.status,
    aspect: input.aspect,
    format: input.format,
    facilitator: input.facilitatorId,
    from: input.from,
    to: input.to,
  }
  const rows = database.sqlite
    .prepare(`${sessionRowSql(where, 's.starts_at DESC, s.id')} LIMIT :limit OFFSET :offset`)
    .all({ ...params, limit: input.limit, offset: input.offset }) as RawRow[]
  const total = database.sqlite
    .prepare(
      `SELECT count(*) FROM cop_sessions s LEFT JOIN cop_series r ON r.id = s.series_id WHERE s.deleted_at IS NULL ${where}`,
    )
    .pluck()
    .get(params) as number
  return { rows: sessionRows(rows), total }
}
