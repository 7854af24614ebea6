import { CliRefusal } from './usage'

/** Where scripts give the passphrase; a terminal is asked instead, the typing not shown. */
export const PASSPHRASE_VARIABLE = 'LOKADAYA_BACKUP_PASSPHRASE'

interface Terminal {
  isTTY?: boolean
  setRawMode?(raw: boolean): unknown
  on(event: 'data', listener: (chunk: Buffer) => void): unknown
  off(event: 'data', listener: (chunk: Buffer) => void): unknown
  resume(): unknown
  pause(): unknown
}

/** Reads a line from the terminal without echoing it; Ctrl-C gives up. */
function askHidden(prompt: string, input: Terminal, output: NodeJS.WritableStream): Promise<string> {
  output.write(prompt)
  input.setRawMode?.(true)
  input.resume()
  return new Promise((resolve, reject) => {
    let typed = ''
    const done = (outcome: () => void) => {
      input.off('data', onData)
      input.setRawMode?.(false)
      input.pause()
      output.write('\n')
      outcome()
    }
    const onData = (chunk: Buffer) => {
      for (const character of chunk.toString('utf8')) {
        if (character === '\r' || character === '\n') return done(() => resolve(typed))
        if (character === '\u0003') return done(() => reject(new CliRefusal('cancelled')))
        typed = character === '\u007f' || character === '\b' ? typed.slice(0, -1) : typed + character
      }
    }
    input.on('data', onData)
  })
}

/**
 * The backup passphrase: from the environment, or typed twice on a terminal so a slip of the
 * finger cannot lock a backup's key away for good.
 */
export async function backupPassphrase(
  environment: NodeJS.ProcessEnv = process.env,
  input: Terminal = process.stdin,
  output: NodeJS.WritableStream = process.stderr,
): Promise<string> {
  const given = environment[PASSPHRASE_VARIABLE]
  if (given !== undefined) return given
  if (!input.isTTY)
    throw new CliRefusal(`--with-key needs a passphrase: set ${PASSPHRASE_VARIABLE}, or run it in a terminal`)
  const first = await askHidden('Backup passphrase: ', input, output)
  const second = await askHidden('Again, to be sure: ', input, output)
  if (first !== second) throw new CliRefusal('the two passphrases differ; nothing was written')
  return first
}
