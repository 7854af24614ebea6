import { useEffect, useRef } from 'react'
import type { ErrorPayload } from '@shared/errors'

/**
 * What an action came to, said where it was taken: a refusal (role=alert) or a confirmation
 * (role=status). It takes focus as it appears, because the control that acted may be gone (a status
 * button once the status moved on) and a refusal must be read before anything else.
 */
export function Announcement({ refusal, done }: { refusal?: ErrorPayload | null; done?: string | null }) {
  const ref = useRef<HTMLDivElement>(null)
  const text = refusal?.message ?? done ?? null
  useEffect(() => {
    if (text !== null) ref.current?.focus()
  }, [text])
  if (text === null) return null
  return refusal ? (
    <div ref={ref} tabIndex={-1} role="alert" className="alert">
      <p>{text}</p>
    </div>
  ) : (
    <p ref={ref} tabIndex={-1} role="status" className="notice">
      {text}
    </p>
  )
}
