import { useEffect, useRef } from 'react'
import { importKinds, type ImportKind } from '@shared/members'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'
import { membersHref } from '../routes'
import { CheckStep } from './CheckStep'
import { ExportChoices } from './ExportChoices'
import { ImportProgressBar } from './ImportProgressBar'
import { MappingStep } from './MappingStep'
import { useImport } from './store'

function ChooseFile() {
  const t = useText()
  const { busy, open, downloadTemplate } = useImport()
  return (
    <section className="import-step" aria-labelledby="import-choose-title">
      <h2 id="import-choose-title">{t('memberImport.choose.title')}</h2>
      <div className="field">
        <label htmlFor="import-file">{t('memberImport.choose.file')}</label>
        <p id="import-file-hint" className="hint">
          {t('memberImport.choose.hint')}
        </p>
        <input
          id="import-file"
          className="file-picker__input"
          type="file"
          accept=".csv,.xlsx"
          aria-describedby="import-file-hint"
          disabled={busy !== null}
          onChange={(event) => {
            const file = event.target.files?.[0]
            // Cleared so that choosing the same file again, after fixing it in Excel, reads it again.
            event.target.value = ''
            if (file) void open(file)
          }}
        />
        {/* Chromium words its own file button in the system's language; this one follows the app's. */}
        <label htmlFor="import-file" className="button file-picker__button" aria-hidden="true">
          {t('memberImport.choose.button')}
        </label>
      </div>
      {busy === 'opening' && <p role="status">{t('memberImport.choose.opening')}</p>}
      <div className="import-template">
        <h3>{t('memberImport.choose.template')}</h3>
        <p className="hint">{t('memberImport.choose.templateHint')}</p>
        <div className="import-actions">
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void downloadTemplate('xlsx')}
          >
            {t('memberImport.choose.templateXlsx')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void downloadTemplate('csv')}
          >
            {t('memberImport.choose.templateCsv')}
          </button>
        </div>
      </div>
    </section>
  )
}

function ExportList({ kind }: { kind: ImportKind }) {
  const t = useText()
  return (
    <section className="import-step" aria-labelledby="import-export-title">
      <h2 id="import-export-title">{t('memberImport.export.title')}</h2>
      <p className="hint">{t('memberImport.export.hint')}</p>
      <ExportChoices kind={kind} />
    </section>
  )
}

function Done({ kind }: { kind: ImportKind }) {
  const t = useText()
  const { committed, start } = useImport()
  const headingRef = useRef<HTMLHeadingElement>(null)
  // "Impor semua" is gone with the steps it ended: focus, and a screen reader, land on the outcome.
  useEffect(() => headingRef.current?.focus(), [committed])
  if (!committed) return null
  return (
    <section className="import-step import-done" aria-labelledby="import-done-title">
      <h2 id="import-done-title" ref={headingRef} tabIndex={-1}>
        {t('memberImport.done.title')}
      </h2>
      <div role="status">
        <p>{t('memberImport.done.summary', { ...committed })}</p>
        {committed.contactsCreated + committed.contactsUpdated > 0 && (
          <p>
            {t('memberImport.done.contacts', {
              created: committed.contactsCreated,
              updated: committed.contactsUpdated,
            })}
          </p>
        )}
      </div>
      <div className="import-actions">
        <a className="button button--primary" href={membersHref({ view: 'directory', tab: kind })}>
          {t('memberImport.backToDirectory')}
        </a>
        <button type="button" className="button" onClick={() => start(kind)}>
          {t('memberImport.done.another')}
        </button>
      </div>
    </section>
  )
}

/** Import wizard: choose a file (or get the template), match its columns, dry run, fix, commit all or nothing. */
export function ImportView({ kind }: { kind: ImportKind }) {
  const t = useText()
  const { opened, preview, committed, busy, progress, error, start, cancel } = useImport()

  useEffect(() => start(kind), [kind, start])

  return (
    <div className="import stack">
      <ScreenHeading>{t(`memberImport.title.${kind}`)}</ScreenHeading>
      <nav aria-label={t('memberImport.kindLabel')} className="import-kinds">
        {importKinds.map((option) => (
          <a
            key={option}
            href={membersHref({ view: 'import', kind: option })}
            aria-current={option === kind ? 'page' : undefined}
          >
            {t(`memberImport.kind.${option}`)}
          </a>
        ))}
        <a href={membersHref({ view: 'directory', tab: kind })}>{t('memberImport.backToDirectory')}</a>
      </nav>
      <ErrorAlert error={error} details={Object.values(error?.fields ?? {})} />
      {committed ? (
        <Done kind={kind} />
      ) : (
        <>
          <ChooseFile />
          {opened && <MappingStep opened={opened} />}
          {(busy === 'checking' || busy === 'saving') && (
            <ImportProgressBar progress={progress} onCancel={() => void cancel()} />
          )}
          {preview && <CheckStep preview={preview} />}
          <ExportList kind={kind} />
        </>
      )}
    </div>
  )
}
