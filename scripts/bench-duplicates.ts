import { loadavg } from 'node:os'
import { openServices } from '../src/main/cli/context'
import { seededMembersDatabase } from './bench/seeded-members'
import type { HandlerRegistry } from '../src/main/ipc/registry'
import type { DuplicatePair, Page, RecordKind } from '../src/shared/members'

/**
 * `npm run bench:duplicates`: the list of possible duplicates at a province secretariat's size,
 * 1,500 OMS and 5,000 people, through the registry as the screen calls it (pages of 50). It times
 * the first page after a pair is marked "not a duplicate" (the pairs are found afresh) and the page
 * turns after it, and counts the pairs by reason. The seeded database is kept under tmp/bench;
 * `--fresh` rebuilds it.
 */
const ORGANISATIONS = 1_500
const PEOPLE = 5_000
const SEED = 42
const PAGE_SIZE = 50
const ROUNDS = 10

async function call<T>(registry: HandlerRegistry, channel: Parameters<HandlerRegistry['invoke']>[0], input: unknown) {
  const result = await registry.invoke(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

/** Wall time, and this process's CPU time: on a shared machine the second says more. */
interface Timing {
  wall: number
  cpu: number
}
async function timed<T>(work: () => Promise<T>): Promise<[T, Timing]> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const value = await work()
  const used = process.cpuUsage(cpu)
  return [value, { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 }]
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const ms = (timings: Timing[]) => {
  const wall = timings.map((timing) => timing.wall)
  const cpu = median(timings.map((timing) => timing.cpu))
  return `median ${median(wall).toFixed(1)} ms (CPU ${cpu.toFixed(1)} ms), max ${Math.max(...wall).toFixed(1)} ms`
}

async function benchKind(registry: HandlerRegistry, kind: RecordKind): Promise<void> {
  const page = (offset: number) =>
    call<Page<DuplicatePair>>(registry, 'members:duplicatePairs', { kind, offset, limit: PAGE_SIZE })
  const [first] = await timed(() => page(0))
  const byReasons = new Map<string, number>()
  for (let offset = 0; offset < first.total; offset += PAGE_SIZE)
    for (const pair of (await page(offset)).rows) {
      const reasons = pair.reasons.join('+')
      byReasons.set(reasons, (byReasons.get(reasons) ?? 0) + 1)
    }
  const afterMarking: Timing[] = []
  const turns: Timing[] = []
  const top = first.rows[0]
  for (let round = 0; round < ROUNDS && top; round++) {
    const pair = { kind, ids: [top.first.id, top.second.id] }
    await call(registry, 'members:dismissDuplicatePair', pair)
    await call(registry, 'members:showDuplicatePairAgain', pair)
    afterMarking.push((await timed(() => page(0)))[1])
    for (const offset of [PAGE_SIZE, 2 * PAGE_SIZE, Math.floor(first.total / 2)])
      turns.push((await timed(() => page(offset)))[1])
  }
  console.log(`\n${kind}: ${first.total} pairs (${[...byReasons].map(([reasons, n]) => `${reasons} ${n}`).join(', ')})`)
  if (!top) return
  console.log(`  first page after a pair is marked: ${ms(afterMarking)}`)
  console.log(`  page turns:                        ${ms(turns)}`)
}

async function main() {
  const path = await seededMembersDatabase(
    'duplicates',
    { organisations: ORGANISATIONS, people: PEOPLE, seed: SEED },
    process.argv.includes('--fresh'),
  )
  const { services, registry } = openServices(path, 'en')
  try {
    console.log(
      `Possible duplicates, ${ORGANISATIONS} OMS and ${PEOPLE} people, pages of ${PAGE_SIZE}, ${ROUNDS} rounds`,
    )
    console.log(
      `  load average ${loadavg()
        .map((value) => value.toFixed(2))
        .join(', ')}`,
    )
    for (const kind of ['person', 'organisation'] as const) await benchKind(registry, kind)
  } finally {
    services.database.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
