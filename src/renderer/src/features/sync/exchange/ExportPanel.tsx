import type { ExportPlan } from '@shared/sync'
import { useText, type MessageKey } from '@renderer/i18n'
import { countedText } from '@renderer/i18n/counted'
import { tableName, useIsNational } from '../words'
import { useExchange } from './store'

const sum = (tables: Record<string, number>) => Object.values(tables).reduce((total, n) => total + n, 0)

/** Rows per table in plain words, as a list a screen reader reads name by name. */
export function TableCounts({ tables }: { tables: Record<string, number> }) {
  const t = useText()
  return (
    <ul className="sync-tables">
      {Object.entries(tables).map(([table, count]) => (
        <li key={table}>
          <span>{tableName(t, table)}</span> <strong>{countedText(t, 'syncScreen.rows_other', count)}</strong>
        </li>
      ))}
    </ul>
  )
}

/** What of people's data stays here, group by group, each with why: the export preview UU PDP asks for. */
function Withheld({ plan }: { plan: ExportPlan }) {
  const t = useText()
  if (plan.withheld.length === 0) return <p className="hint">{t('syncScreen.export.withheldNone')}</p>
  return (
    <div className="hint">
      <p>{t('syncScreen.export.withheldTitle')}</p>
      <ul>
        {plan.withheld.map(({ table, columns, rows }) => (
          <li key={`${table}.${columns.join()}`}>
            {t(`syncScreen.export.withheld.${table}_${columns[0]}` as MessageKey, { count: rows })}
          </li>
        ))}
      </ul>
    </div>
  )
}

function Plan({ plan, national }: { plan: ExportPlan; national: boolean }) {
  const t = useText()
  const empty = sum(plan.tables) === 0
  return (
    <div className="sync-plan">
      <h3>{t('syncScreen.export.planTitle')}</h3>
      <p>
        {plan.coversFrom === 0
          ? t(national ? 'syncScreen.export.coversAllNational' : 'syncScreen.export.coversAll')
          : t('syncScreen.export.coversFrom', { sequence: plan.coversFrom })}
      </p>
      {empty ? (
        <>
          <p>{t('syncScreen.export.nothing')}</p>
          {/* The province table marks a hub late by its last bundle, empty or not. */}
          {!national && <p className="hint">{t('syncScreen.export.nothingHint')}</p>}
        </>
      ) : (
        <TableCounts tables={plan.tables} />
      )}
      <Withheld plan={plan} />
    </div>
  )
}

/** Kirim data: what the next bundle holds, the choice of everything, then the file written. */
export function ExportPanel() {
  const t = useText()
  const { full, plan, exporting, exported, chooseFull, exportBundle } = useExchange()
  const national = useIsNational()
  return (
    <section className="import-step" aria-labelledby="sync-export-title">
      <h2 id="sync-export-title">{t('syncScreen.export.title')}</h2>
      <p>{t(national ? 'syncScreen.export.introNational' : 'syncScreen.export.intro')}</p>
      <label className="records-check">
        <input
          type="checkbox"
          checked={full}
          aria-describedby="sync-export-full-hint"
          onChange={(event) => void chooseFull(event.target.checked)}
        />
        <span>{t('syncScreen.export.full')}</span>
      </label>
      <p id="sync-export-full-hint" className="hint">
        {t('syncScreen.export.fullHint')}
      </p>
      {plan && <Plan plan={plan} national={national} />}
      <div className="import-actions">
        <button
          type="button"
          className="button button--primary"
          aria-busy={exporting}
          onClick={() => void exportBundle()}
        >
          {t('syncScreen.export.button')}
        </button>
      </div>
      {exporting && (
        <div className="import-progress">
          <progress aria-label={t('syncScreen.export.progressLabel')} />
          <p>{t('syncScreen.export.running')}</p>
        </div>
      )}
      <div role="status">
        {exported?.kind === 'cancelled' && <p>{t('syncScreen.export.cancelled')}</p>}
        {exported?.kind === 'written' && (
          <div className="sync-result sync-result--accepted">
            <h3>{t('syncScreen.export.doneTitle')}</h3>
            <p>
              {countedText(t, 'syncScreen.export.done_other', sum(exported.report.tables), {
                file: exported.report.file,
                sequence: exported.report.sequence,
              })}
            </p>
            <TableCounts tables={exported.report.tables} />
            {!national && <p>{t('syncScreen.export.doneNext')}</p>}
          </div>
        )}
      </div>
    </section>
  )
}
