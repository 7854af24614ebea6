import './ModalDialog.css'
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react'

interface Props {
  title: string
  /** Read out with the title when the dialog opens. */
  children: ReactNode
  /** The buttons, one of which carries `initialFocus`. */
  actions: ReactNode
  initialFocus: RefObject<HTMLElement | null>
  /** Escape, or the caller's own close button: the caller stops rendering the dialog. */
  onDismiss(): void
  /** Asked at close: false once the caller has put focus somewhere else on purpose. */
  returnsFocus?(): boolean
  /** For a table or a long list: wider, and described by `descriptionId` rather than read out whole. */
  wide?: { descriptionId: string }
}

/**
 * A native modal dialog, rendered only while open: the page behind it is inert, focus starts on
 * `initialFocus` and goes back to whatever opened it once it closes.
 */
export function ModalDialog({ title, children, actions, initialFocus, onDismiss, returnsFocus, wide }: Props) {
  const id = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = dialogRef.current
    const opener = document.activeElement
    dialog?.showModal()
    initialFocus.current?.focus()
    return () => {
      dialog?.close()
      // Gone when the action navigated away; then the next page decides where focus goes.
      if (returnsFocus?.() !== false && opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
    // Opened once per mount; the refs are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return (
    <dialog
      ref={dialogRef}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={`${id}-title`}
      aria-describedby={wide?.descriptionId ?? `${id}-body`}
      // Escape is taken before the browser closes the dialog itself: that close reports back only
      // in a later task, by when a quick Enter on the opener may have asked for the dialog again,
      // and the late report would then dismiss the new one.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        onDismiss()
      }}
      // Any other close the browser starts (a close request without a key) is a dismissal too.
      // The close this component starts comes after unmount, or, under StrictMode's trial unmount,
      // finds the dialog open again.
      onClose={(event) => {
        if (!event.currentTarget.open) onDismiss()
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`}>{children}</div>
      <div className="dialog__actions">{actions}</div>
    </dialog>
  )
}
