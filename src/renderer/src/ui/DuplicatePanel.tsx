import { useEffect, useRef, type ReactNode } from 'react'
import './Form.css'

interface Props {
  /** The value it is shown for (the candidates): each new one brings it into view and focus again. */
  shownFor: unknown
  titleId: string
  title: string
  explain: string
  className?: string
  busy: boolean
  saveAnywayLabel: string
  backLabel: string
  onSaveAnyway(): void
  onBack(): void
  /** The candidates, each a link to its page. */
  children: ReactNode
}

/**
 * After a save held back by likely duplicates: the candidates, then "save anyway" or back to the
 * form. It appears below the form's last field, so it scrolls into view and takes focus: its
 * choices are then a Tab or two away. Leaving the form stays the form's own "cancel".
 */
export function DuplicatePanel({
  shownFor,
  titleId,
  title,
  explain,
  className,
  busy,
  saveAnywayLabel,
  backLabel,
  onSaveAnyway,
  onBack,
  children,
}: Props) {
  const panelRef = useRef<HTMLElement>(null)
  const titleRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    panelRef.current?.scrollIntoView({ block: 'start' })
    titleRef.current?.focus({ preventScroll: true })
  }, [shownFor])
  return (
    <section ref={panelRef} className={className ? `notice ${className}` : 'notice'} aria-labelledby={titleId}>
      <h2 ref={titleRef} id={titleId} className="notice__title" tabIndex={-1}>
        {title}
      </h2>
      <p>{explain}</p>
      {children}
      <div className="form-actions">
        <button type="button" className="button button--primary" aria-busy={busy} onClick={onSaveAnyway}>
          {saveAnywayLabel}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {backLabel}
        </button>
      </div>
    </section>
  )
}
