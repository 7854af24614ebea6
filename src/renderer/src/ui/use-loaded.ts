import { useEffect, useState } from 'react'
import type { ErrorPayload, Result } from '@shared/errors'

/** What a list shows: loaded on arrival and whenever `load` changes. A failure is kept to show, never swallowed. */
export function useLoaded<T>(load: () => Promise<Result<T>>) {
  const [state, setState] = useState<{ value: T | null; error: ErrorPayload | null }>({ value: null, error: null })
  useEffect(() => {
    let current = true
    void load().then((result) => {
      if (current) setState(result.ok ? { value: result.value, error: null } : { value: null, error: result.error })
    })
    return () => {
      current = false
    }
  }, [load])
  return { ...state, set: (value: T) => setState({ value, error: null }) }
}
