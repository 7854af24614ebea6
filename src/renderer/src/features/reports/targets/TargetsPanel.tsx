import { useCallback, useRef, useState } from 'react'
import type { ErrorPayload } from '@shared/errors'
import type { Target } from '@shared/reports'
import { useText } from '@renderer/i18n'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { useLoaded } from '@renderer/ui/use-loaded'
import { reportsCalls } from '../calls'
import { useReportFigures } from '../figures'
import { TargetForm } from './TargetForm'
import '@renderer/ui/Badge.css'
import '@renderer/ui/Form.css'
import '@renderer/ui/PlainTable.css'

type Editing = { target: Target | null } | null

/** The targets the dashboard measures against: the national team's, read-only on a hub, and this instance's own. */
export function TargetsPanel() {
  const t = useText()
  const figures = useReportFigures()
  const { value: targets, error, set } = useLoaded(useCallback(() => reportsCalls.targets(), []))
  const [editing, setEditing] = useState<Editing>(null)
  const [removing, setRemoving] = useState<Target | null>(null)
  const [removeError, setRemoveError] = useState<ErrorPayload | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  // Where focus goes back to once the form closes or a target is gone: the form's own opener.
  const addRef = useRef<HTMLButtonElement>(null)
  const backToAdd = () => window.setTimeout(() => addRef.current?.focus())

  async function remove(target: Target) {
    const result = await reportsCalls.deleteTarget(target.id)
    setRemoving(null)
    if (!result.ok) return setRemoveError(result.error)
    set(result.value)
    setNotice(t('reports.targets.removed'))
    backToAdd()
  }

  return (
    <section aria-labelledby="targets-panel-title">
      <h2 id="targets-panel-title">{t('reports.targets.title')}</h2>
      <p className="hint">{t('reports.targets.lead')}</p>
      <ErrorAlert error={error ?? removeError} />
      <p aria-live="polite">{notice}</p>
      {targets && targets.length === 0 && <p>{t('reports.targets.none')}</p>}
      {targets && targets.length > 0 && (
        <table className="plain-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.targets.indicator')}</th>
              <th scope="col">{t('reports.targets.setBy')}</th>
              <th scope="col">{t('reports.print.period')}</th>
              <th scope="col" className="number">
                {t('reports.targets.value')}
              </th>
              <th scope="col">{t('reports.targets.note')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('reports.targets.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {targets.map((target) => {
              const name = figures.name(target.key)
              return (
                <tr key={target.id}>
                  <th scope="row">{name}</th>
                  <td>
                    <span className="badge">{t(`reports.targets.scope.${target.scope}`)}</span> {target.setBy}
                  </td>
                  <td>
                    {t('reports.dashboard.targetPeriod', {
                      from: figures.day(target.fromOn),
                      to: figures.day(target.toOn),
                    })}
                  </td>
                  <td className="number">{figures.value(target.unit, target.value)}</td>
                  <td>{target.note}</td>
                  <td>
                    {target.editable ? (
                      <span className="row-actions">
                        <button
                          type="button"
                          className="link-button"
                          aria-label={t('reports.targets.editTitle', { name })}
                          onClick={() => setEditing({ target })}
                        >
                          {t('reports.targets.edit')}
                        </button>
                        <button
                          type="button"
                          className="link-button"
                          aria-label={t('reports.targets.removeTitle', { name })}
                          onClick={() => setRemoving(target)}
                        >
                          {t('reports.targets.remove')}
                        </button>
                      </span>
                    ) : (
                      <span className="hint">{t('reports.targets.readOnly', { setBy: target.setBy })}</span>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {editing ? (
        <TargetForm
          key={editing.target?.id ?? 'new'}
          target={editing.target}
          onCancel={() => {
            setEditing(null)
            backToAdd()
          }}
          onSaved={(saved) => {
            set(saved)
            setEditing(null)
            setNotice(t('reports.targets.saved'))
            backToAdd()
          }}
        />
      ) : (
        <button ref={addRef} type="button" className="button" onClick={() => setEditing({ target: null })}>
          {t('reports.targets.add')}
        </button>
      )}
      {removing && (
        <ConfirmDialog
          title={t('reports.targets.removeTitle', { name: figures.name(removing.key) })}
          confirmLabel={t('reports.targets.remove')}
          cancelLabel={t('reports.targets.cancel')}
          busy={false}
          onConfirm={() => void remove(removing)}
          onCancel={() => {
            setRemoving(null)
            backToAdd()
          }}
        >
          <p>{t('reports.targets.removeBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}
