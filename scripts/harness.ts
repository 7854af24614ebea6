import { parseArgs } from 'node:util'
import { AppError } from '../src/shared/errors'
import { createTranslator } from '../src/shared/i18n/translate'
import { startHarness } from './harness/server'

/** `npm run harness -- --db FILE [--port N]`: for browser tests and demos only, never packaged. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } }, strict: true })
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!values.db || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: npm run harness -- --db FILE [--port N]')
    process.exit(2)
  }
  const harness = await startHarness({ databasePath: values.db, port })
  console.log(`Lokadaya Hub test harness: ${harness.url} (database ${values.db}; Ctrl+C to stop)`)
  const stop = () => void harness.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  // A database it may not open (not Lokadaya's, read-only folder) is said as the app says it.
  console.error(
    error instanceof AppError
      ? createTranslator('id')(error.userMessage)
      : error instanceof Error
        ? error.message
        : error,
  )
  process.exit(1)
})
