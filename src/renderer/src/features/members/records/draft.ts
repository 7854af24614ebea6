import { useEffect, useState } from 'react'
import { useRecords } from './store'

/**
 * A form's values, starting from what the user typed before leaving to check a likely duplicate
 * (when they come back to the same form), else from `initial`. The kept values are used once.
 */
export function useDraft<T>(initial: T) {
  const state = useState<T>(() => {
    const parked = useRecords.getState().parked
    return parked && parked.at === window.location.hash ? (parked.draft as T) : initial
  })
  useEffect(() => useRecords.getState().unpark(), [])
  return state
}
