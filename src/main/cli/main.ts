import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { AppError } from '../../shared/errors'
import type { Language } from '../../shared/hub'
import { createTranslator } from '../../shared/i18n/translate'
import { finishInterruptedRestore } from '../backup/restore'
import { createFileKeyStore, signingKeyFileFor } from '../hub/keystore'
import { backupCommand } from './backup'
import { restoreCommand } from './restore'
import { initCommand } from './init'
import { membersCommand } from './members'
import { privacyCommand } from './privacy'
import { seedCommand } from './seed'
import { syncCommand, syncCommandNames } from './sync'
import { CliRefusal, usage, UsageError } from './usage'

export interface CliOutput {
  log(line: string): void
  error(line: string): void
}

/** Runs one CLI invocation and returns its exit code; kept apart from process so tests call it. */
export async function runCli(argv: string[], out: CliOutput = console): Promise<number> {
  let language: Language = 'id'
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        role: { type: 'string' },
        province: { type: 'string' },
        name: { type: 'string' },
        contact: { type: 'string' },
        phone: { type: 'string' },
        email: { type: 'string' },
        orgs: { type: 'string' },
        people: { type: 'string' },
        seed: { type: 'string' },
        initiatives: { type: 'string' },
        supporters: { type: 'string' },
        pledges: { type: 'string' },
        sessions: { type: 'string' },
        kind: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        commit: { type: 'boolean' },
        force: { type: 'boolean' },
        key: { type: 'string' },
        fingerprint: { type: 'string' },
        'key-id': { type: 'string' },
        hub: { type: 'string' },
        full: { type: 'boolean' },
        'with-key': { type: 'boolean' },
        from: { type: 'string' },
        rebuild: { type: 'string' },
        'national-key': { type: 'string' },
        json: { type: 'boolean' },
        'accept-drift': { type: 'boolean' },
        person: { type: 'string' },
        yes: { type: 'boolean' },
        lang: { type: 'string', default: 'id' },
        help: { type: 'boolean', short: 'h' },
      },
    })
    const [command, ...extra] = positionals
    if (values.help || command === 'help') {
      out.log(usage)
      return 0
    }
    if (values.lang !== 'id' && values.lang !== 'en') throw new UsageError('--lang must be id or en')
    language = values.lang
    const options = { ...values, lang: language }
    const commands: Record<string, () => Promise<number>> = {
      init: () => initCommand(options, out),
      seed: () => seedCommand(options, out),
      backup: () => backupCommand(options, out),
      restore: () => restoreCommand(options, out),
      members: () => membersCommand(extra, options, out),
      privacy: () => privacyCommand(extra, options, out),
      ...Object.fromEntries(syncCommandNames.map((name) => [name, () => syncCommand(name, extra, options, out)])),
    }
    if (command === undefined) throw new UsageError('no command given')
    // A restore killed midway is finished (or undone) before any command looks at the database.
    if (values.db) await finishInterruptedRestore(resolve(values.db), createFileKeyStore(signingKeyFileFor(values.db)))
    const run = Object.hasOwn(commands, command) ? commands[command] : undefined
    if (!run) throw new UsageError(`unknown command: ${command}`)
    if (!['members', 'privacy'].includes(command) && !syncCommandNames.includes(command) && extra.length > 0)
      throw new UsageError(`unexpected argument: ${extra.join(' ')}`)
    return await run()
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      out.error(`lokadaya: ${error.message}\n`)
      out.error(usage)
      return 2
    }
    // Anything else (a database from a newer version, a file that is no database) is said plainly,
    // in the user's language, never as a stack trace.
    if (error instanceof CliRefusal) {
      out.error(`lokadaya: ${error.message}`)
      return 1
    }
    const translate = createTranslator(language)
    if (error instanceof AppError) out.error(`lokadaya: ${translate(error.userMessage)}`)
    else {
      out.error(`lokadaya: ${translate({ key: 'errors.internal' })}`)
      out.error(`  (${error instanceof Error ? error.message : String(error)})`)
    }
    return 1
  }
}

if (require.main === module)
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
