import { useState } from 'react'

/**
 * A form's field messages: main's from the last save (`saved`), each checked again by `check` (the
 * rules main applies, run on the form's values) as soon as its field changes, so a fixed field loses
 * its message and a still wrong one says why now. Checks only main can make (a place outside the
 * province) just clear, and come back from the next save if still true.
 */
export function useFieldErrors<T>(saved: Record<string, string>, check: (draft: T) => Record<string, string>) {
  // Re-checks belong to one set of main's messages; a new save attempt starts over.
  const [rechecked, setRechecked] = useState({ of: saved, messages: {} as Record<string, string | null> })
  const messages = rechecked.of === saved ? rechecked.messages : {}
  const errors: Record<string, string> = {}
  for (const [field, message] of Object.entries({ ...saved, ...messages })) if (message) errors[field] = message

  function recheck(draft: T, changed: string[]) {
    const shown = changed.filter((field) => field in errors)
    if (shown.length === 0) return
    const now = check(draft)
    const updates = Object.fromEntries(shown.map((field) => [field, now[field] ?? null]))
    setRechecked({ of: saved, messages: { ...messages, ...updates } })
  }
  return { errors, recheck }
}
