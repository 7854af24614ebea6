import { AppError } from '../../shared/errors'

/** Runs an action that must fail with an AppError (thrown or rejected) and returns it. */
export async function appErrorFrom(action: () => unknown): Promise<AppError> {
  try {
    await action()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected an AppError, but the action succeeded')
}
