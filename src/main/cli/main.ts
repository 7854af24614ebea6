import { parseArgs } from 'node:util'
import { initCommand } from './init'
import { usage, UsageError } from './usage'

export interface CliOutput {
  log(line: string): void
  error(line: string): void
}

/** Runs one CLI invocation and returns its exit code; kept apart from process so tests call it. */
export async function runCli(argv: string[], out: CliOutput = console): Promise<number> {
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
    if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra.join(' ')}`)
    switch (command) {
      case 'init':
        return await initCommand({ ...values, lang: values.lang }, out)
      case undefined:
        throw new UsageError('no command given')
      default:
        throw new UsageError(`unknown command: ${command}`)
    }
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      out.error(`lokadaya: ${error.message}\n`)
      out.error(usage)
      return 2
    }
    if (error instanceof Error && error.name === 'AppError') {
      out.error(`lokadaya: ${error.message}`)
      return 1
    }
    throw error
  }
}

if (require.main === module) void runCli(process.argv.slice(2)).then((code) => process.exit(code))
