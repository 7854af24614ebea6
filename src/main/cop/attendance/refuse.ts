import { AppError } from '../../../shared/errors'

type Params = Record<string, string | number>

/** Why an attendance file cannot be read, in words the user can act on (validation.cop.attendance.*). */
export const refuse = (key: string, params: Params): never => {
  throw new AppError('VALIDATION', { key: `validation.cop.attendance.${key}`, params })
}
