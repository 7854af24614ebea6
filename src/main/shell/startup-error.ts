import { AppError, type Message } from '../../shared/errors'
import { createTranslator } from '../../shared/i18n/translate'

/**
 * The native dialog for a database that cannot be opened. The user's language lives in that very
 * database, so the message comes in Bahasa Indonesia first, then English. The path tells support
 * which file to look at; the file itself is never touched.
 */
export function startupErrorMessage(error: unknown, databasePath: string): { title: string; message: string } {
  const message: Message = error instanceof AppError ? error.userMessage : { key: 'errors.internal' }
  const technical = error instanceof AppError ? '' : `\n\n(${error instanceof Error ? error.message : String(error)})`
  const explained = `${createTranslator('id')(message)}\n\n${createTranslator('en')(message)}`
  // Most messages about the file itself name it already; twice would only make a long dialog longer.
  const file = explained.includes(databasePath) ? '' : `\n\n${databasePath}`
  return { title: 'Lokadaya Hub', message: `${explained}${file}${technical}` }
}
