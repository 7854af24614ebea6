import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportPreview, ImportRowResult } from '../../../../../shared/members'
import { useText } from '../../../i18n'
import { countedText, fieldLabel } from './fields'
import { useImport } from './store'

/** A long file's findings are many; the first ones are what the user fixes first. */
const MAX_SHOWN_ROWS = 200
const countKeys = ['create', 'update', 'skip', 'error', 'warning'] as const

function AmbiguousRegencies({ preview }: { preview: ImportPreview }) {
  const t = useText()
  const { regencyChoices, chooseRegency } = useImport()
  if (preview.ambiguousRegencies.length === 0) return null
  return (
    <fieldset>
      <legend>{t('memberImport.check.ambiguousTitle')}</legend>
      {preview.ambiguousRegencies.map((entry) => (
        <div className="field" key={entry.value}>
          <label htmlFor={`regency-choice-${entry.value}`}>
            {countedText(t, 'memberImport.check.ambiguousHint_other', entry.rowCount, { value: entry.value })}
          </label>
          <select
            id={`regency-choice-${entry.value}`}
            value={regencyChoices[entry.value] ?? ''}
            onChange={(event) => chooseRegency(entry.value, event.target.value)}
          >
            <option value="" disabled>
              {t('memberImport.check.choose')}
            </option>
            {entry.candidates.map((candidate) => (
              <option key={candidate.code} value={candidate.code}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  )
}

function RowFindings({ row }: { row: ImportRowResult }) {
  const t = useText()
  const { kind, edits, skipped, edit, toggleSkip } = useImport()
  // Fields with an error can be corrected here; the regency of an ambiguous name is chosen above.
  const fixable = [
    ...new Set(
      row.issues.filter((issue) => issue.severity === 'error' && issue.field).map((issue) => issue.field as string),
    ),
  ]
  const skippedByUser = skipped.includes(row.rowNumber)
  return (
    <tr className={row.action === 'error' ? 'import-row--error' : undefined}>
      <th scope="row">{row.rowNumber}</th>
      <td>{t(`memberImport.check.actions.${row.action}`)}</td>
      <td>
        <ul className="import-findings">
          {row.issues.map((issue, index) => (
            <li key={index} className={`import-finding--${issue.severity}`}>
              <strong>{t(`memberImport.check.severity.${issue.severity}`)}:</strong> {issue.message}
            </li>
          ))}
        </ul>
      </td>
      <td>
        {fixable.map((field) => (
          <input
            key={field}
            type="text"
            className="import-fix"
            aria-label={t('memberImport.check.fixLabel', { field: fieldLabel(t, kind, field), row: row.rowNumber })}
            value={edits[String(row.rowNumber)]?.[field] ?? row.values[field] ?? ''}
            onChange={(event) => edit(row.rowNumber, field, event.target.value)}
          />
        ))}
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={t('memberImport.check.skipRow', { row: row.rowNumber })}
          checked={skippedByUser || row.action === 'skip'}
          // The dry run skips exact duplicates and the template's example itself; there is nothing to untick.
          disabled={row.action === 'skip' && !skippedByUser}
          onChange={() => toggleSkip(row.rowNumber)}
        />
      </td>
    </tr>
  )
}

export function CheckStep({ preview }: { preview: ImportPreview }) {
  const t = useText()
  const language = useTranslation().i18n.language
  const { changed, busy, check, commit } = useImport()
  const headingRef = useRef<HTMLHeadingElement>(null)
  // A finished check moves focus to its results, where the next thing to do is.
  useEffect(() => headingRef.current?.focus(), [preview])
  const shown = preview.rows.slice(0, MAX_SHOWN_ROWS)
  const canCommit = !changed && preview.counts.error === 0 && busy === null
  return (
    <section className="import-step" aria-labelledby="import-check-title">
      <h2 id="import-check-title" ref={headingRef} tabIndex={-1}>
        {t('memberImport.check.title')}
      </h2>
      <p className="hint">
        {t(preview.counts.error > 0 ? 'memberImport.check.introErrors' : 'memberImport.check.intro')}
      </p>
      <dl className="import-counts">
        {countKeys.map((key) => (
          <div key={key} className={`import-count import-count--${key}`}>
            <dt>{t(`memberImport.check.counts.${key}`)}</dt>
            <dd>{preview.counts[key].toLocaleString(language)}</dd>
          </div>
        ))}
      </dl>
      <AmbiguousRegencies preview={preview} />
      <h3>{t('memberImport.check.rowsTitle')}</h3>
      {preview.rows.length === 0 ? (
        <p>{t('memberImport.check.noRows')}</p>
      ) : (
        <div className="import-table-wrap">
          {shown.length < preview.rows.length && (
            <p className="hint">{t('memberImport.check.shown', { shown: shown.length, total: preview.rows.length })}</p>
          )}
          <table className="import-table">
            <thead>
              <tr>
                <th scope="col">{t('memberImport.check.row')}</th>
                <th scope="col">{t('memberImport.check.action')}</th>
                <th scope="col">{t('memberImport.check.findings')}</th>
                <th scope="col">{t('memberImport.check.fix')}</th>
                <th scope="col">{t('memberImport.check.counts.skip')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <RowFindings key={row.rowNumber} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {changed && <p className="notice">{t('memberImport.check.changed')}</p>}
      {!changed && preview.counts.error > 0 && <p className="hint">{t('memberImport.check.commitBlocked')}</p>}
      <div className="import-actions">
        <button type="button" className="button" disabled={busy !== null} onClick={() => void check()}>
          {t('memberImport.check.rerun')}
        </button>
        <button type="button" className="button button--primary" disabled={!canCommit} onClick={() => void commit()}>
          {t('memberImport.check.commit')}
        </button>
      </div>
    </section>
  )
}
