import { useState } from 'react'
import type { Series } from '@shared/cop'
import type { ErrorPayload } from '@shared/errors'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { TextField } from '@renderer/ui/TextField'
import { copCalls } from '../store'

/**
 * A new series, created on its own button before the session is saved: a series is a thing of its
 * own, shared by the parts to come, so making it is a complete step rather than half of the save.
 */
export function NewSeries({ aspect, onCreated }: { aspect: string; onCreated(list: Series[], created: Series): void }) {
  const t = useText()
  const [open, setOpen] = useState(false)
  const [title, setTitle] = useState('')
  const [error, setError] = useState<ErrorPayload | null>(null)
  if (!open)
    return (
      <p>
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('cop.form.newSeries')}
        </button>
      </p>
    )
  function close() {
    setOpen(false)
    setTitle('')
    setError(null)
  }
  async function create() {
    const result = await copCalls.createSeries({ title, aspect })
    if (!result.ok) return setError(result.error)
    const created = result.value.find((series) => series.title === title.trim())
    close()
    if (created) onCreated(result.value, created)
  }
  return (
    <div className="cop-new-series">
      <ErrorAlert error={error} />
      <TextField
        label={t('cop.form.newSeriesTitle')}
        name="newSeriesTitle"
        autoFocus
        value={title}
        error={error?.fields?.title}
        onChange={(event) => setTitle(event.target.value)}
        onKeyDown={(event) => {
          // Enter here makes the series, not the session: the form's submit would save the session.
          if (event.key === 'Enter') {
            event.preventDefault()
            void create()
          } else if (event.key === 'Escape') close()
        }}
      />
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void create()}>
          {t('cop.form.createSeries')}
        </button>
        <button type="button" className="button" onClick={close}>
          {t('cop.form.cancelSeries')}
        </button>
      </div>
    </div>
  )
}
