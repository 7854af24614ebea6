import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import {
  isContactField,
  matchDecisions,
  type ImportMatch,
  type ImportPreview,
  type ImportRowResult,
} from '@shared/members'
import { useText } from '@renderer/i18n'
import { fieldLabel } from './fields'
import { countedText } from '@renderer/i18n/counted'
import { useImport } from './store'

/** A long file's findings are many; the first ones are what the user fixes first. */
const MAX_SHOWN_ROWS = 200
const countKeys = ['create', 'update', 'skip', 'error', 'warning', 'matched'] as const
const contactCountKeys = ['contactsCreate', 'contactsUpdate'] as const

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

/** The file's default for rows that match a record already in the directory. */
function MatchDefault({ preview }: { preview: ImportPreview }) {
  const t = useText()
  const language = useTranslation().i18n.language
  const { onMatch, chooseOnMatch } = useImport()
  if (preview.counts.matched === 0) return null
  return (
    <fieldset className="import-match">
      <legend>
        {t('memberImport.check.matchTitle')} ({preview.counts.matched.toLocaleString(language)})
      </legend>
      <p className="hint">{t('memberImport.check.matchHint')}</p>
      {matchDecisions.map((decision) => (
        <label key={decision} className="import-match__choice">
          <input
            type="radio"
            name="import-on-match"
            value={decision}
            checked={onMatch === decision}
            onChange={() => chooseOnMatch(decision)}
          />
          {t(`memberImport.check.decisions.${decision}`)}
        </label>
      ))}
    </fieldset>
  )
}

/** Which record a row matched, and why, worded as the duplicate check words it. */
function MatchedWith({ match }: { match: ImportMatch }) {
  const t = useText()
  const reasons = match.by === 'id' ? (['id'] as const) : match.by
  return (
    <p className="import-matched">
      {t('memberImport.check.matchedWith', { name: match.name })}
      {match.context && ` (${match.context})`}:{' '}
      {reasons.map((reason) => t(`memberImport.check.matchBy.${reason}`)).join(', ')}
    </p>
  )
}

function RowFindings({ row }: { row: ImportRowResult }) {
  const t = useText()
  const { kind, edits, skipped, decisions, onMatch, edit, toggleSkip, decide } = useImport()
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
      <td>
        {row.match ? (
          <select
            aria-label={t('memberImport.check.decisionLabel', { row: row.rowNumber })}
            value={decisions[String(row.rowNumber)] ?? onMatch}
            onChange={(event) => decide(row.rowNumber, event.target.value as ImportMatch['decision'])}
          >
            {matchDecisions.map((decision) => (
              <option key={decision} value={decision}>
                {t(`memberImport.check.decisionShort.${decision}`)}
              </option>
            ))}
          </select>
        ) : (
          t(`memberImport.check.actions.${row.action}`)
        )}
      </td>
      <td>
        {row.match && <MatchedWith match={row.match} />}
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
        {/* A matching row is skipped, or not, by its action. */}
        {!row.match && (
          <input
            type="checkbox"
            aria-label={t('memberImport.check.skipRow', { row: row.rowNumber })}
            checked={skippedByUser || row.action === 'skip'}
            // The dry run skips exact duplicates and the template's example itself; there is nothing to untick.
            disabled={row.action === 'skip' && !skippedByUser}
            onChange={() => toggleSkip(row.rowNumber)}
          />
        )}
      </td>
    </tr>
  )
}

export function CheckStep({ preview }: { preview: ImportPreview }) {
  const t = useText()
  const language = useTranslation().i18n.language
  const { changed, busy, mapping, check, commit } = useImport()
  const shownCounts = mapping.some(isContactField) ? [...countKeys, ...contactCountKeys] : countKeys
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
        {shownCounts.map((key) => (
          <div key={key} className={`import-count import-count--${key}`}>
            <dt>{t(`memberImport.check.counts.${key}`)}</dt>
            <dd>{preview.counts[key].toLocaleString(language)}</dd>
          </div>
        ))}
      </dl>
      <AmbiguousRegencies preview={preview} />
      <MatchDefault preview={preview} />
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
