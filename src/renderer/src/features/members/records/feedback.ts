import { useFieldErrors as useSavedFieldErrors } from '@renderer/ui/field-errors'
import { useRecords } from './store'

/** The record forms' field messages: main's from the records store's last save, re-checked as fields change. */
export function useFieldErrors<T>(check: (draft: T) => Record<string, string>) {
  return useSavedFieldErrors(
    useRecords((state) => state.fieldErrors),
    check,
  )
}
