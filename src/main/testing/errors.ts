import { AppError } from '../../shared/errors'

/** Runs an action that must fail with an AppError and returns it for closer assertions. */
export function appErrorFrom(action: () => unknown): AppError {
  try {
    action()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected an AppError, but the action succeeded')
}
