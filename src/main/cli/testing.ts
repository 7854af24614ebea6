import { runCli } from './main'

/** Runs one CLI invocation in this process, as the shell would, and keeps what it printed. */
export async function cli(...argv: string[]) {
  const lines = { out: [] as string[], err: [] as string[] }
  const code = await runCli(argv, { log: (l) => lines.out.push(l), error: (l) => lines.err.push(l) })
  return { code, out: lines.out, stdout: lines.out.join('\n'), stderr: lines.err.join('\n') }
}
