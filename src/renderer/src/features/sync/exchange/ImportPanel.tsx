import { useEffect, useRef, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useText, type Translate } from '@renderer/i18n'
import { countedText } from '@renderer/i18n/counted'
import { useIsNational } from '../words'
import { BundleResult } from './BundleResult'
import { shownOf, shownOutcomes } from './outcomes'
import { useExchange, type ImportResult } from './store'

/** "9 paket sudah diperiksa: 5 diterima, 3 ditolak, dan 1 PERINGATAN": what became of them, at a glance. */
function finishedText(t: Translate, language: string, results: ImportResult[]): string {
  const tally = shownOutcomes
    .map((outcome) => [outcome, results.filter((result) => shownOf(result) === outcome).length] as const)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => t(`syncScreen.import.tally.${outcome}`, { count }))
  return countedText(t, 'syncScreen.import.finished_other', results.length, {
    outcomes: new Intl.ListFormat(language).format(tally),
  })
}

/** Terima paket: choose or drop bundles, watch them go one by one, read what became of each. */
export function ImportPanel() {
  const t = useText()
  const language = useTranslation().i18n.language
  const national = useIsNational()
  const { results, importing, pickAndImport, importDropped, acceptDrift } = useExchange()
  const [over, setOver] = useState(false)
  const resultsHeading = useRef<HTMLHeadingElement>(null)
  const isAnswered = (result: ImportResult) => result.report !== null || result.failure !== null
  const answered = results.filter(isAnswered).length
  const wasImporting = useRef(false)

  // Once the last bundle is answered, keyboard and screen reader users land on the results.
  useEffect(() => {
    if (wasImporting.current && !importing) resultsHeading.current?.focus()
    wasImporting.current = importing
  }, [importing])

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setOver(false)
    void importDropped(Array.from(event.dataTransfer.files))
  }

  return (
    <section className="import-step" aria-labelledby="sync-import-title">
      <h2 id="sync-import-title">{t('syncScreen.import.title')}</h2>
      <p>{t(national ? 'syncScreen.import.introNational' : 'syncScreen.import.intro')}</p>
      <div
        className={over ? 'sync-drop sync-drop--over' : 'sync-drop'}
        onDragOver={(event) => {
          event.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <button
          type="button"
          className="button button--primary"
          aria-busy={importing}
          onClick={() => void pickAndImport()}
        >
          {t('syncScreen.import.button')}
        </button>
        <p>{over ? t('syncScreen.import.dropActive') : t('syncScreen.import.drop')}</p>
      </div>
      {importing && results.length > 0 && (
        <div className="import-progress">
          <progress aria-label={t('syncScreen.import.progressLabel')} max={results.length} value={answered} />
          <p role="status">
            {t('syncScreen.import.progress', {
              done: Math.min(answered + 1, results.length),
              total: results.length,
            })}
          </p>
        </div>
      )}
      {answered > 0 && (
        <div className="sync-results">
          <h3 ref={resultsHeading} tabIndex={-1}>
            {t('syncScreen.import.resultsTitle')}
          </h3>
          {!importing && <p>{finishedText(t, language, results)}</p>}
          <ul>
            {results.map(
              (result, index) =>
                isAnswered(result) && (
                  <BundleResult key={index} result={result} onAcceptDrift={() => void acceptDrift(index)} />
                ),
            )}
          </ul>
        </div>
      )}
    </section>
  )
}
