import { describe, expect, it } from 'vitest'
import { reportFilterInput, type Dimension } from '../../../shared/reports'
import { heldSession } from '../../cop/testing'
import { ok } from '../../members/records/testing'
import { trainedBy, trainedByAttendance, trainedIn } from '../measures/capacity'
import { assessedInPeriod, engagedInPeriod } from '../measures/members'
import { scopeOf } from '../scope'
import { assess, reportsFixture } from '../testing'

// The dataset's story, and who is who, is told in ../testing.ts.

/** Days around every session, assessment and initiative of the story, and a few between. */
const days = [
  '2025-06-01',
  '2025-12-09',
  '2025-12-10',
  '2025-12-11',
  '2026-01-14',
  '2026-01-15',
  '2026-01-19',
  '2026-01-20',
  '2026-01-21',
  '2026-02-01',
  '2026-03-01',
  '2026-03-02',
  '2026-03-03',
  '2026-03-10',
  '2026-04-14',
  '2026-04-15',
  '2026-04-16',
  '2026-05-04',
  '2026-05-11',
  '2026-05-12',
  '2026-12-31',
]

/** Every period over those days: each pair in order, each open at one end, and none. */
const periods = [
  { from: null, to: null },
  ...days.flatMap((from) => [
    { from, to: null },
    { from: null, to: from },
    ...days.filter((to) => to >= from).map((to) => ({ from, to })),
  ]),
]

/** The story, with Rina and Siti trained again: Rina in December 2025, Siti at the CoP Dewi led. */
async function storyTrainedAgain() {
  const context = await reportsFixture()
  const { people } = context
  const drm = 'domestic_resource_mobilisation'
  await heldSession(
    context,
    { title: 'Awal', aspect: drm, format: 'webinar', startsAt: '2025-12-10T09:00', endsAt: '2025-12-10T11:00' },
    [{ personId: people.rina, status: 'present' }],
  )
  await heldSession(
    context,
    {
      title: 'CoP lanjutan',
      aspect: drm,
      format: 'cop_discussion',
      facilitatorIds: [people.dewi],
      startsAt: '2026-05-12T09:00',
      endsAt: '2026-05-12T11:00',
    },
    [
      { personId: people.siti, status: 'present' },
      { personId: people.rina, status: 'partial' },
    ],
  )
  await assess(context, context.organisations.nelayan, '2026-04-15', 3, 3)
  return context
}

describe('the report facts', () => {
  it('answer who was trained, and first when, as grouping the attendance does, in every period', async () => {
    const { database } = await storyTrainedAgain()
    const rows = (sql: string, scope: object) =>
      database.sqlite
        .prepare(`SELECT person, first_year, code FROM (${sql}) ORDER BY person, code`)
        .all(scope) as unknown[]
    const dimensions: (Dimension | null)[] = [null, 'gender', 'aspect', 'format']
    let compared = 0
    for (const period of periods)
      for (const aspect of [null, 'domestic_resource_mobilisation'])
        for (const dimension of dimensions) {
          const scope = scopeOf(database, reportFilterInput.parse({ ...period, aspect }))
          for (const [key, trained] of Object.entries(trainedBy)) {
            const expected = rows(trainedByAttendance(dimension, trained), scope)
            expect([key, period, aspect, dimension, rows(trainedIn(dimension, scope, trained), scope)]).toEqual([
              key,
              period,
              aspect,
              dimension,
              expected,
            ])
            compared += expected.length
          }
        }
    // Not every comparison empty: people were there to be found.
    expect(compared).toBeGreaterThan(1000)
  })

  it('find the OMS engaged or assessed in a period from their spans as from their days', async () => {
    const { database } = await storyTrainedAgain()
    const organisations = (where: string, scope: object) =>
      database.sqlite
        .prepare(`SELECT o.organisation FROM temp.report_organisations o WHERE ${where} ORDER BY 1`)
        .pluck()
        .all(scope)
    const anyDay = (table: string, starts: string, ends: string) =>
      `EXISTS (SELECT 1 FROM ${table} e WHERE e.organisation = o.organisation
        AND (:from IS NULL OR e.${ends} >= :from) AND (:to IS NULL OR e.${starts} <= :to))`
    let found = 0
    for (const period of periods) {
      const scope = scopeOf(database, reportFilterInput.parse(period))
      const engaged = organisations(anyDay('temp.report_engagement', 'starts_on', 'ends_on'), scope)
      expect([period, organisations(engagedInPeriod, scope)]).toEqual([period, engaged])
      const assessed = organisations(anyDay('temp.report_assessments', 'assessed_on', 'assessed_on'), scope)
      expect([period, organisations(assessedInPeriod, scope)]).toEqual([period, assessed])
      found += engaged.length + assessed.length
    }
    expect(found).toBeGreaterThan(100)
  })

  it('follow the data: rebuilt after a change, never read stale', async () => {
    const context = await storyTrainedAgain()
    const { database, registry } = context
    const trained = () => database.sqlite.prepare('SELECT count(*) FROM temp.report_trained').pluck().get() as number
    scopeOf(database, reportFilterInput.parse({}))
    const before = trained()
    ok(await registry.invoke('cop:deleteSession', { id: context.sessions.s1.id }))
    // Budi was trained only at S1.
    scopeOf(database, reportFilterInput.parse({}))
    expect(trained()).toBe(before - 1)
  })
})
