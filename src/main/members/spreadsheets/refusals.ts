import { AppError } from '../../../shared/errors'

type Params = Record<string, string | number>

/** Why a file or an import cannot go on, in words the user can act on (validation.import.*). */
export const refusal = (key: string, params: Params = {}): AppError =>
  new AppError('VALIDATION', { key: `validation.import.${key}`, params })

export const refuse = (key: string, params: Params = {}): never => {
  throw refusal(key, params)
}
