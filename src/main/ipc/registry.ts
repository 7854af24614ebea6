import type { ZodError } from 'zod'
import { contract, type Channel, type OutputOf, type ParsedInputOf } from '../../shared/contract'
import { AppError, type ErrorPayload, type Message, type Result } from '../../shared/errors'
import { createTranslator } from '../../shared/i18n/translate'
import type { Language } from '../../shared/hub'
import { isReadOnlyWrite, readOnlyRefusal } from '../db'
import type { Services } from '../services'
import { readLanguage } from '../settings/service'

export type Handler<C extends Channel> = (
  input: ParsedInputOf<C>,
  services: Services,
) => OutputOf<C> | Promise<OutputOf<C>>

export interface HandlerRegistry {
  register<C extends Channel>(channel: C, handler: Handler<C>): void
  /** Validates, runs and wraps one call. Never throws: every failure becomes an error envelope. */
  invoke(channel: string, rawInput: unknown): Promise<Result<unknown>>
  /** The envelope for a call refused before it reached the registry (e.g. an untrusted sender). */
  failure(error: AppError): Result<never>
  /** Channels of the contract that nothing handles yet; empty once every capability registered. */
  missing(): Channel[]
}

const translators = new Map<Language, ReturnType<typeof createTranslator>>()
function translatorFor(language: Language) {
  let translate = translators.get(language)
  if (!translate) translators.set(language, (translate = createTranslator(language)))
  return translate
}

const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name)

/**
 * The one place calls come in: Electron's ipcMain, the browser-test transport and the CLI all go
 * through invoke(), so what the tests exercise is what the app runs.
 */
export function createRegistry(services: Services, log: (error: unknown) => void = console.error): HandlerRegistry {
  const handlers = new Map<Channel, Handler<Channel>>()

  const payloadFor = (error: unknown): ErrorPayload => {
    const translate = translatorFor(safeLanguage(services))
    if (isReadOnlyWrite(error)) return payloadFor(readOnlyRefusal(services.database))
    if (error instanceof AppError) {
      const fields = error.fieldMessages
        ? Object.fromEntries(Object.entries(error.fieldMessages).map(([path, m]) => [path, translate(m)]))
        : undefined
      return { code: error.code, message: translate(error.userMessage), ...(fields && { fields }) }
    }
    log(error)
    return { code: 'INTERNAL', message: translate({ key: 'errors.internal' }) }
  }

  return {
    register(channel, handler) {
      if (handlers.has(channel)) throw new Error(`handler for ${channel} registered twice`)
      handlers.set(channel, handler as Handler<Channel>)
    },
    async invoke(channel, rawInput) {
      try {
        if (!isChannel(channel) || !handlers.has(channel))
          throw new AppError('UNKNOWN_CHANNEL', { key: 'errors.unknownChannel', params: { channel } })
        const parsed = contract[channel].input.safeParse(rawInput)
        if (!parsed.success) throw validationError(parsed.error)
        const handler = handlers.get(channel) as Handler<Channel>
        return { ok: true, value: await handler(parsed.data as never, services) }
      } catch (error) {
        return { ok: false, error: payloadFor(error) }
      }
    },
    failure: (error) => ({ ok: false, error: payloadFor(error) }),
    missing: () => (Object.keys(contract) as Channel[]).filter((channel) => !handlers.has(channel)),
  }
}

/**
 * Schemas carry i18n keys as messages; zod's own English defaults become a generic "not valid".
 * Keys the contract does not know are named one by one: a caller's typo or a smuggled hubId must
 * be seen, not dropped.
 */
export function validationError(error: ZodError): AppError {
  // No prototype: an unknown key may well be "__proto__".
  const fields: Record<string, Message> = Object.create(null) as Record<string, Message>
  const unknown: string[] = []
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key].join('.')
        unknown.push(path)
        fields[path] ??= { key: 'validation.unknownKey', params: { key: path } }
      }
      continue
    }
    const path = issue.path.join('.') || '_'
    const params = issue.code === 'custom' ? (issue.params as Message['params']) : undefined
    // A schema's own message: the shared catalog's or a capability's (privacy.validation.…).
    fields[path] ??= /^(?:\w+\.)?validation\./.test(issue.message)
      ? { key: issue.message, ...(params && { params }) }
      : { key: 'validation.invalid' }
  }
  const message: Message =
    unknown.length > 0
      ? { key: 'errors.unknownKeys', params: { keys: unknown.join(', ') } }
      : { key: 'errors.validation' }
  return new AppError('VALIDATION', message, fields)
}

function safeLanguage(services: Services): Language {
  if (services.language) return services.language
  try {
    return readLanguage(services.database.orm)
  } catch {
    return 'id'
  }
}
