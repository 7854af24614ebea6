import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs'
import { dirname } from 'node:path'

export interface Logger {
  debug(message: string): void
  info(message: string): void
  warn(message: string, error?: unknown): void
  error(message: string, error?: unknown): void
}

export interface LoggerOptions {
  /** A packaged app on Windows has no console: support staff read this file instead. */
  file: string
  debug: boolean
  /** Beyond this size the file moves aside at start, so it never grows without bound. */
  maxBytes?: number
  now?: () => Date
}

const detail = (error: unknown): string =>
  error === undefined ? '' : `: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`

/** Messages must never carry request payloads: they hold members' personal data. */
export function createLogger({ file, debug, maxBytes = 1_000_000, now = () => new Date() }: LoggerOptions): Logger {
  try {
    mkdirSync(dirname(file), { recursive: true })
    if (statSync(file).size > maxBytes) renameSync(file, `${file}.old`)
  } catch {
    // No log yet, or nowhere to write one: stderr still gets every line.
  }
  const write = (level: string, message: string, error?: unknown) => {
    const line = `${now().toISOString()} ${level} ${message}${detail(error)}\n`
    process.stderr.write(line)
    try {
      appendFileSync(file, line)
    } catch {
      // A full or read-only disk must not take the app down with it.
    }
  }
  return {
    debug: (message) => debug && write('DEBUG', message),
    info: (message) => write('INFO', message),
    warn: (message, error) => write('WARN', message, error),
    error: (message, error) => write('ERROR', message, error),
  }
}
