import { spawn } from 'node:child_process'

interface Finished {
  output: string
  killed: boolean
}

function spawnScript(script: string, args: string[], waitForGo: boolean) {
  const running = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: [waitForGo ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let onReady = () => {}
  const ready = new Promise<void>((resolve) => (onReady = resolve))
  running.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    if (output.includes('ready')) onReady()
  })
  running.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const finished = new Promise<Finished>((resolve, reject) => {
    running.on('error', reject)
    running.on('exit', (_code, signal) => {
      onReady()
      resolve({ output, killed: signal === 'SIGKILL' })
    })
  })
  return { running, ready, finished }
}

const killAfter = (running: ReturnType<typeof spawn>, delay?: number) => {
  if (delay !== undefined) setTimeout(() => running.kill('SIGKILL'), delay)
}

/**
 * Runs a TypeScript script in a child process, killed with SIGKILL `delay` ms after it prints
 * "ready" (never, if undefined): crash tests see what a power cut or a killed app leaves behind.
 */
export async function runChild(script: string, args: string[], delay?: number): Promise<Finished> {
  const { running, ready, finished } = spawnScript(script, args, false)
  await ready
  killAfter(running, delay)
  return finished
}

/**
 * A child started ahead, that prints "ready" and then waits for a line on its stdin: starting
 * Node and opening the database take longer than the work, so the next run's child warms up while
 * this one works, and the kill timer counts from the start of the work alone.
 */
export function warmChild(script: string, args: string[]) {
  const { running, ready, finished } = spawnScript(script, args, true)
  return {
    async go(delay?: number): Promise<Finished> {
      await ready
      running.stdin?.write('go\n')
      killAfter(running, delay)
      return finished
    },
  }
}
