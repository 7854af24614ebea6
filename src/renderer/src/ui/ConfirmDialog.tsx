import { useRef, type ReactNode } from 'react'
import { ModalDialog } from './ModalDialog'

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
 * A question before an action that is hard to take back; render it only while asking. Focus starts
 * on the harmless answer; Escape is that answer too.
 */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, busy, onConfirm, onCancel }: Props) {
  const cancelRef = useRef<HTMLButtonElement>(null)
  return (
    <ModalDialog
      title={title}
      initialFocus={cancelRef}
      onDismiss={onCancel}
      actions={
        <>
          <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="button" className="button button--danger" aria-busy={busy} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </ModalDialog>
  )
}
