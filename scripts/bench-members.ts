import { loadavg } from 'node:os'
import { openServices } from '../src/main/cli/context'
import { percentile, seededMembersDatabase } from './bench/seeded-members'
import { benchImport } from './bench/import-members'
import type { HandlerRegistry } from '../src/main/ipc/registry'
import type { Channel } from '../src/shared/contract'

/**
 * `npm run bench:members`: search latency at 100k organisations + 300k people, measured through the
 * registry exactly as a keystroke in the directory calls it: a first page of 100 rows plus the
 * total; and the import throughput of a 10k-row XLSX (`--search-only` skips it). Target p95 ≤ 12 ms
 * for each list (issue #9, headroom under issue #3's 20 ms). The seeded database is kept under
 * tmp/bench so later runs skip the ~2-3 minutes of seeding; `--fresh` rebuilds it.
 */
const ORGANISATIONS = 100_000
const PEOPLE = 300_000
const SEED = 42
const TARGET_P95_MS = 12
/** Issue #3's target, kept in view: a run that misses 12 ms but meets this says how far it is. */
const FIRST_TARGET_P95_MS = 20
const ROUNDS = 15

/** What people type, keystroke by keystroke: name prefixes, abbreviations, places, phone digits. */
const typed = [
  'b',
  'bi',
  'bin',
  'bina',
  'bina d',
  'bina des',
  'yys',
  'yayasan sej',
  'perk',
  'forum pem',
  'madiun',
  'kab. madiun',
  'kota madiun',
  'surabaya',
  'tani ma',
  'lestari',
  '0812',
  '0812 3',
  'siti',
  'siti rah',
  'budi san',
  'agus',
  'gmail',
  'dewi lestari',
]

async function time(registry: HandlerRegistry, channel: Channel, query: string): Promise<number> {
  const started = performance.now()
  const result = await registry.invoke(channel, { query, offset: 0, limit: 100 })
  const elapsed = performance.now() - started
  if (!result.ok) throw new Error(`${channel} "${query}": ${result.error.message}`)
  return elapsed
}

/** The machine's load, since timings on a shared machine mean little without it. */
const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(', ')}`

const p = (values: number[], at: number) =>
  percentile(
    [...values].sort((a, b) => a - b),
    at,
  )

async function benchSearch(path: string): Promise<boolean> {
  const { services, registry } = openServices(path, 'en')
  try {
    const channels = ['members:listOrganisations', 'members:listPeople'] as const
    const timings = new Map(channels.map((channel) => [channel, typed.map(() => [] as number[])]))
    const loadBefore = load()
    for (let round = 0; round <= ROUNDS; round++)
      for (const [q, query] of typed.entries())
        for (const channel of channels) {
          const elapsed = await time(registry, channel, query)
          // Round 0 warms SQLite's page cache, as the first minutes of a working day do.
          if (round > 0) timings.get(channel)?.[q]?.push(elapsed)
        }
    console.log(`\nSearch, first page of 100 + total, ${typed.length} typed queries × ${ROUNDS} rounds:`)
    console.log(`  ${loadBefore} before, ${load()} after`)
    let met = true
    for (const [channel, perQuery] of timings) {
      const all = perQuery.flat()
      const p95 = p(all, 95)
      met &&= p95 <= TARGET_P95_MS
      console.log(
        `  ${channel.padEnd(27)} p50 ${p(all, 50).toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   max ${Math.max(
          ...all,
        )
          .toFixed(1)
          .padStart(6)} ms   ${p95 <= TARGET_P95_MS ? 'met' : 'NOT met'}`,
      )
    }
    console.log(`\n  per query, p95 (p50) in ms, the slowest first:`)
    console.log(`  ${'query'.padEnd(16)}${'organisations'.padStart(18)}${'people'.padStart(18)}`)
    const rows = typed.map((query, q) => ({
      query,
      values: channels.map((channel) => timings.get(channel)?.[q] ?? []),
    }))
    rows.sort((a, b) => Math.max(...b.values.map((v) => p(v, 95))) - Math.max(...a.values.map((v) => p(v, 95))))
    for (const { query, values } of rows)
      console.log(
        `  ${`"${query}"`.padEnd(16)}${values.map((v) => `${p(v, 95).toFixed(1)} (${p(v, 50).toFixed(1)})`.padStart(18)).join('')}`,
      )
    console.log(
      `  target p95 ≤ ${TARGET_P95_MS} ms for each list: ${met ? 'met' : 'NOT met'} (issue #3's ${FIRST_TARGET_P95_MS} ms: ${[...timings.values()].every((perQuery) => p(perQuery.flat(), 95) <= FIRST_TARGET_P95_MS) ? 'met' : 'NOT met'})`,
    )
    return met
  } finally {
    services.database.close()
  }
}

async function main() {
  const path = await seededMembersDatabase(
    'members',
    { organisations: ORGANISATIONS, people: PEOPLE, seed: SEED },
    process.argv.includes('--fresh'),
  )
  await benchSearch(path)
  if (process.argv.includes('--search-only')) return
  console.log('\nImport of a 10k-row organisations XLSX into a fresh hub:')
  for (const line of await benchImport()) console.log(`  ${line}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
