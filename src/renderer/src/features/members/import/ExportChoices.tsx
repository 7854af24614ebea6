import { useEffect, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format'
import { spreadsheetFormats, type ImportKind } from '@shared/members'
import { useText } from '@renderer/i18n'
import { Disclosure } from '@renderer/ui/Disclosure'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { useDirectorySearch, useExport, type ExportScope, type SavedExport } from './exports'
import { countedText } from '@renderer/i18n/counted'

/** "Export done: anggota-oms-2026-12-01.xlsx holds 3 OMS." */
function useSavedText(): (saved: SavedExport | null) => string {
  const t = useText()
  return (saved) =>
    saved
      ? countedText(t, `memberImport.export.saved.${saved.kind}_other`, saved.rowCount, { fileName: saved.fileName })
      : ''
}

/** The screen's confirmation is its own: it goes when the screen does. */
function useForgetOnLeave() {
  const forget = useExport((state) => state.forget)
  useEffect(() => forget, [forget])
}

/**
 * What an export holds, said on each button: the directory's current search (when it has one) or
 * every record of the kind. The directory and the import page offer both. The buttons stay
 * enabled while a file is made, so focus stays put; a second click waits for the first.
 */
export function ExportChoices({
  kind,
  onExported,
  confirmHere = true,
}: {
  kind: ImportKind
  onExported?(): void
  /** Whether the polite "export done" line is said here; a menu that closes says it beside itself. */
  confirmHere?: boolean
}) {
  const t = useText()
  const language = useTranslation().i18n.language === 'en' ? 'en' : 'id'
  const { busy, error, saved, exportList } = useExport()
  const savedText = useSavedText()
  useForgetOnLeave()
  const { searching, total } = useDirectorySearch(kind)
  const hintId = useId()
  const count = total === null ? '…' : formatNumber(total, language)

  const buttons = (scope: ExportScope) =>
    spreadsheetFormats.map((format) => {
      const name = format.toUpperCase()
      return (
        <button
          key={format}
          type="button"
          className="button"
          aria-describedby={`${hintId}-${scope}`}
          onClick={() =>
            void exportList(kind, scope, format).then((exported) => {
              if (exported) onExported?.()
            })
          }
        >
          {scope === 'search'
            ? t('memberImport.export.search', { format: name, count })
            : t(`memberImport.export.all.${kind}`, { format: name })}
        </button>
      )
    })

  return (
    <div className="export-choices">
      {searching && (
        <div className="export-choice">
          <p id={`${hintId}-search`} className="hint">
            {t('memberImport.export.searchHint')}
          </p>
          <div className="import-actions">{buttons('search')}</div>
        </div>
      )}
      <div className="export-choice">
        <p id={`${hintId}-all`} className="hint">
          {t('memberImport.export.allHint')}
        </p>
        <div className="import-actions">{buttons('all')}</div>
      </div>
      {!searching && <p className="hint">{t('memberImport.export.noSearch')}</p>}
      <p role="status">
        {busy ? t('memberImport.export.preparing') : confirmHere && saved?.kind === kind ? savedText(saved) : ''}
      </p>
      <ErrorAlert error={error} />
    </div>
  )
}

/**
 * The directory's export: one button opening both choices, so the toolbar stays one row. The menu
 * closes once the file is handed over, so what was exported is said beside its button.
 */
export function ExportMenu({ kind }: { kind: ImportKind }) {
  const t = useText()
  const saved = useExport((state) => state.saved)
  const savedText = useSavedText()
  return (
    <>
      <Disclosure
        label={t('memberImport.export.menu')}
        panelLabel={t('memberImport.export.label')}
        className="export-menu"
        panelClassName="export-menu__panel"
      >
        {(close) => (
          <>
            <p className="hint">{t('memberImport.export.hint')}</p>
            <ExportChoices kind={kind} onExported={close} confirmHere={false} />
          </>
        )}
      </Disclosure>
      <p role="status" className="export-saved">
        {saved?.kind === kind ? savedText(saved) : ''}
      </p>
    </>
  )
}
