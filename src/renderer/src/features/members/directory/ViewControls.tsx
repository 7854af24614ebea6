import { directoryDensities } from '@shared/directory-view'
import { useText } from '@renderer/i18n'
import { Disclosure } from '@renderer/ui/Disclosure'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { Segmented } from '@renderer/ui/Segmented'
import type { Tab } from './store'
import { choosableColumns, useDirectoryView } from './view'

/** Row density and the column chooser of the list on screen, as this user left them. */
export function ViewControls({ tab }: { tab: Tab }) {
  const t = useText()
  const { view, error, setDensity, showColumn, resetColumns } = useDirectoryView()
  if (!view) return null
  const shown: readonly string[] = view.columns[tab]
  const choosable = choosableColumns[tab]

  return (
    <div className="directory-view">
      <Segmented
        label={t('directory.view.density')}
        options={directoryDensities}
        chosen={view.density}
        onChoose={setDensity}
        optionLabel={(density) => t(`directory.view.densities.${density}`)}
      />
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
