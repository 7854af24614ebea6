import { useId } from 'react'
import { directoryDensities } from '../../../../../shared/directory-view'
import { useText } from '../../../i18n'
import { Disclosure } from '../../../ui/Disclosure'
import { ErrorAlert } from '../../../ui/ErrorAlert'
import type { Tab } from './store'
import { choosableColumns, useDirectoryView } from './view'

/** Row density and the column chooser of the list on screen, as this user left them. */
export function ViewControls({ tab }: { tab: Tab }) {
  const t = useText()
  const { view, error, setDensity, showColumn, resetColumns } = useDirectoryView()
  const densityId = useId()
  if (!view) return null
  const shown: readonly string[] = view.columns[tab]
  const choosable = choosableColumns[tab]

  return (
    <div className="directory-view">
      <span id={densityId} className="directory-view__label">
        {t('directory.view.density')}
      </span>
      <div role="group" aria-labelledby={densityId} className="segmented">
        {directoryDensities.map((density) => (
          <button
            key={density}
            type="button"
            aria-pressed={view.density === density}
            onClick={() => setDensity(density)}
          >
            {t(`directory.view.densities.${density}`)}
          </button>
        ))}
      </div>
      <Disclosure
        label={t('directory.view.columns', { shown: shown.length + 1, total: choosable.length + 1 })}
        panelLabel={t('directory.view.columnsLegend')}
        className="directory-columns"
        panelClassName="directory-columns__panel"
      >
        {() => (
          <>
            <p className="hint">{t('directory.view.nameAlways')}</p>
            <div className="directory-columns__choices">
              {choosable.map((column) => (
                <label key={column}>
                  <input
                    type="checkbox"
                    checked={shown.includes(column)}
                    onChange={(event) => showColumn(tab, column, event.target.checked)}
                  />
                  {t(`directory.columns.${column}`)}
                </label>
              ))}
            </div>
            <button type="button" className="button" onClick={() => resetColumns(tab)}>
              {t('directory.view.reset')}
            </button>
          </>
        )}
      </Disclosure>
      <ErrorAlert error={error} />
    </div>
  )
}
