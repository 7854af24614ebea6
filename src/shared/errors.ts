/**
 * Errors cross the IPC boundary as values. Inside main they are thrown as AppError so handlers can
 * bail out from any depth; the registry turns them into the envelope below.
 */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'NOT_SET_UP',
  'ALREADY_SET_UP',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'DB_NEWER',
  'MIGRATION_FAILED',
  'NOT_LOKADAYA_DB',
  'DB_DAMAGED',
  'DB_IN_USE',
  'DB_EXISTS',
  'READ_ONLY',
  'KEY_MISSING',
  'KEY_UNREADABLE',
  'KEY_FOREIGN',
  'PRINT_FAILED',
  'INTERNAL',
] as const
export type ErrorCode = (typeof errorCodes)[number]

/** A translatable message: an i18n key and its interpolation values. */
export interface Message {
  key: string
  params?: Record<string, string | number>
}

export interface ErrorPayload {
  code: ErrorCode
  /** Already translated into the user's language. */
  message: string
  /** Per-field messages for forms, keyed by the dotted input path. */
  fields?: Record<string, string>
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload }

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: Message,
    readonly fieldMessages?: Record<string, Message>,
  ) {
    super(`${code}: ${userMessage.key}`)
    this.name = 'AppError'
  }
}

export const fail = (code: ErrorCode, key: string, params?: Message['params']): never => {
  throw new AppError(code, { key, params })
}
