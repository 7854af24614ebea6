import { useEffect, useId, useRef, type ReactNode } from 'react'

interface Props {
  title: string
  /** What the action does, read out with the title when the dialog opens. */
  children: ReactNode
  confirmLabel: string
  cancelLabel: string
  /** Shown, not disabling: a disabled button drops focus out of the dialog. The caller ignores repeats. */
  busy: boolean
  onConfirm(): void
  onCancel(): void
}

/**
 * A question before an action that is hard to take back; render it only while asking. The native
 * modal dialog makes the page behind it inert and closes on Escape; focus starts on the harmless
 * answer and goes back to whatever opened the dialog once it closes.
 */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, busy, onConfirm, onCancel }: Props) {
  const id = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const dialog = dialogRef.current
    const opener = document.activeElement
    dialog?.showModal()
    cancelRef.current?.focus()
    return () => {
      dialog?.close()
      // Gone when the action navigated away; then the next page decides where focus goes.
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [])

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      // Escape closes the dialog natively (Chromium does not always ask first), so a close found
      // closed is a cancel. The close this component starts comes after unmount, or, under
      // StrictMode's trial unmount, finds the dialog open again.
      onClose={(event) => {
        if (!event.currentTarget.open) onCancel()
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`}>{children}</div>
      <div className="dialog__actions">
        <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="button button--danger" aria-busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  )
}
