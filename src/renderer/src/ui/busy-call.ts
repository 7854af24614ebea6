import type { ErrorPayload } from '@shared/errors'

type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload }

interface CallState {
  busy: boolean
  error: ErrorPayload | null
  fieldErrors: Record<string, string>
}

/**
 * A form store's runner: one call at a time with busy/error bookkeeping; it answers the value, or
 * null after setting the error and its fields' messages (`fieldsOf` keys them as the form names them).
 */
export function busyCall(
  set: (partial: Partial<CallState>) => void,
  fieldsOf: (error: ErrorPayload) => Record<string, string> = (error) => error.fields ?? {},
) {
  return async function run<T>(call: () => Promise<Result<T>>): Promise<T | null> {
    set({ busy: true, error: null, fieldErrors: {} })
    const result = await call()
    if (result.ok) {
      set({ busy: false })
      return result.value
    }
    set({ busy: false, error: result.error, fieldErrors: fieldsOf(result.error) })
    return null
  }
}
