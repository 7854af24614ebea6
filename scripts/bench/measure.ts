import { availableParallelism, loadavg } from 'node:os'
import { percentile } from './seeded-members'

const SLOW_RUNS = 5

export interface Measurement {
  label: string
  runs: number
  /** Wall milliseconds. */
  p50: number
  p95: number
  max: number
  /** This process's CPU milliseconds at p95: on a machine shared with other work, wall time says more about the neighbours. */
  cpuP95: number
}

/**
 * Calls `fn` `warmups` times untimed (SQLite's page cache and prepared statements warm, as after
 * the first minutes of a working day), then `runs` times timed; prints and returns p50/p95 in ms.
 * A call whose last warm-up took over `slowMs` is timed only `SLOW_RUNS` times: it misses any
 * target in milliseconds by far, and the run should not take an hour to say so.
 */
export async function measure(
  label: string,
  fn: () => unknown,
  runs = 20,
  { warmups = 2, slowMs = Infinity }: { warmups?: number; slowMs?: number } = {},
): Promise<Measurement> {
  let warm = 0
  for (let run = 0; run < warmups; run++) {
    const started = performance.now()
    await fn()
    warm = performance.now() - started
  }
  const timed = warm > slowMs ? Math.min(runs, SLOW_RUNS) : runs
  const timings: number[] = []
  const cpuTimings: number[] = []
  for (let run = 0; run < timed; run++) {
    const cpu = process.cpuUsage()
    const started = performance.now()
    await fn()
    timings.push(performance.now() - started)
    const used = process.cpuUsage(cpu)
    cpuTimings.push((used.user + used.system) / 1000)
  }
  timings.sort((a, b) => a - b)
  cpuTimings.sort((a, b) => a - b)
  const measured = {
    label,
    runs: timed,
    p50: percentile(timings, 50),
    p95: percentile(timings, 95),
    max: timings[timings.length - 1] as number,
    cpuP95: percentile(cpuTimings, 95),
  }
  process.stderr.write(`  ${label}: p50 ${ms(measured.p50)} ms, p95 ${ms(measured.p95)} ms\n`)
  return measured
}

const ms = (value: number) => value.toFixed(1)

export const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(', ')} (${availableParallelism()} cores)`

/**
 * Prints the measurements as a table, the slowest p95 first, each PASS or FAIL against the target;
 * returns whether all pass.
 */
export function printTable(measurements: Measurement[], targetMs: number): boolean {
  const rows = [...measurements].sort((a, b) => b.p95 - a.p95)
  const width = Math.max(5, ...rows.map(({ label }) => label.length))
  const line = (label: string, ...cells: string[]) =>
    console.log(`  ${label.padEnd(width)}${cells.map((cell) => cell.padStart(10)).join('')}`)
  line('query', 'runs', 'p50 ms', 'p95 ms', 'max ms', 'CPU p95', `≤ ${targetMs}`)
  for (const { label, runs, p50, p95, max, cpuP95 } of rows)
    line(label, String(runs), ms(p50), ms(p95), ms(max), ms(cpuP95), p95 <= targetMs ? 'PASS' : 'FAIL')
  const failed = rows.filter(({ p95 }) => p95 > targetMs).length
  console.log(`  ${rows.length} queries, ${failed} over ${targetMs} ms at p95: ${failed === 0 ? 'PASS' : 'FAIL'}`)
  return failed === 0
}

export interface Timed {
  label: string
  seconds: number
  /** This process's CPU seconds over the same run. */
  cpuSeconds: number
}

/** One timed run of a whole job (a report built), in wall and CPU seconds. */
export async function once(label: string, fn: () => unknown): Promise<Timed> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  await fn()
  const used = process.cpuUsage(cpu)
  return { label, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 }
}
