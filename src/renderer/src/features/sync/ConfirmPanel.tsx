import { useEffect, useId, useRef } from 'react'
import { useText } from '@renderer/i18n'

interface Props {
  title: string
  explain: string
  confirmLabel: string
  busy: boolean
  onConfirm(): void
  onCancel(): void
}

/**
 * A question asked in place before something that cannot be undone: what will happen, then the
 * action or the way back. Focus lands on the action, which carries the explanation as its
 * description, so a screen reader reads both.
 */
export function ConfirmPanel({ title, explain, confirmLabel, busy, onConfirm, onCancel }: Props) {
  const t = useText()
  const id = useId()
  const confirmRef = useRef<HTMLButtonElement>(null)
  useEffect(() => confirmRef.current?.focus(), [])
  return (
    <section className="sync-confirm" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p id={`${id}-explain`}>{explain}</p>
      <div className="import-actions">
        <button
          ref={confirmRef}
          type="button"
          className="button button--primary"
          aria-describedby={`${id}-explain`}
          aria-busy={busy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('syncScreen.keys.cancel')}
        </button>
      </div>
    </section>
  )
}
