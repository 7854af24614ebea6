import { useId, useState, type ReactNode } from 'react'

interface Props {
  /** The button's text. */
  label: string
  /** The panel's name for assistive tech. */
  panelLabel: string
  className: string
  panelClassName: string
  /** The panel's content; `close` shuts it and puts focus back on the button. */
  children(close: () => void): ReactNode
}

/**
 * A button that shows a panel next to it, for choices that would crowd a toolbar. Escape closes it
 * and brings focus back to the button; so does leaving it, without moving focus.
 */
export function Disclosure({ label, panelLabel, className, panelClassName, children }: Props) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const buttonId = useId()
  // By id, not a ref: the panel's content gets `close` while rendering, and calls it from its handlers.
  const close = () => {
    setOpen(false)
    document.getElementById(buttonId)?.focus()
  }
  return (
    <div
      className={className}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) close()
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false)
      }}
    >
      <button
        id={buttonId}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {/* Focusable, so a click on its empty space keeps it open. */}
      <div id={panelId} role="group" aria-label={panelLabel} hidden={!open} tabIndex={-1} className={panelClassName}>
        {children(close)}
      </div>
    </div>
  )
}
