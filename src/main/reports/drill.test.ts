import { describe, expect, it } from 'vitest'
import { indicatorKeys, type Breakdown, type IndicatorKey, type RecordKind } from '../../shared/reports'
import { jawaTimurServices, ok } from '../members/records/testing'
import { NOW } from '../cop/testing'
import { dashboardOf, drillOf, reportsFixture } from './testing'

// The dataset's story, and who is who, is told in ./testing.ts.

const M = 1_000_000

/**
 * The records behind each number, by label (records of one label by amount): a name, a title or a
 * supporter, with its share of a sum. Counted by hand from the story.
 */
const behind: Record<IndicatorKey, [RecordKind, (string | [string, number])[]]> = {
  'oms.members': [
    'organisation',
    ['Kelompok Tani Ngawi', 'KSM Makmur Sentosa', 'Perkumpulan Nelayan Pacitan', 'Yayasan Bina Desa'],
  ],
  'oms.active': ['organisation', ['Perkumpulan Nelayan Pacitan', 'Yayasan Bina Desa']],
  'oms.new': [
    'organisation',
    ['Kelompok Tani Ngawi', 'KSM Makmur Sentosa', 'Perkumpulan Nelayan Pacitan', 'Yayasan Bina Desa'],
  ],
  'oms.engaged': ['organisation', ['KSM Makmur Sentosa', 'Perkumpulan Nelayan Pacitan', 'Yayasan Bina Desa']],
  'oms.assessed': ['organisation', ['Perkumpulan Nelayan Pacitan', 'Yayasan Bina Desa']],
  'people.leaders': ['person', ['Budi Santoso', 'Dewi Anggraini', 'Hendra Wijaya', 'Rina Kusuma', 'Siti Rahayu']],
  'people.trainers': ['person', ['Dewi Anggraini', 'Joko Susilo']],
  'people.women': ['person', ['Dewi Anggraini', 'Rina Kusuma', 'Siti Rahayu']],
  'people.young': ['person', ['Rina Kusuma', 'Siti Rahayu']],
  'cop.sessions': ['session', ['CoP DRM', 'Digital', 'Keuangan', 'ToT DRM']],
  'cop.participants': [
    'person',
    ['Agus Prasetyo', 'Budi Santoso', 'Dewi Anggraini', 'Joko Susilo', 'Rina Kusuma', 'Siti Rahayu'],
  ],
  'cop.leadersTrained': ['person', ['Budi Santoso', 'Dewi Anggraini', 'Rina Kusuma', 'Siti Rahayu']],
  'cop.womenTrained': ['person', ['Dewi Anggraini', 'Rina Kusuma', 'Siti Rahayu']],
  'cop.youngTrained': ['person', ['Rina Kusuma', 'Siti Rahayu']],
  'cop.graduates': ['person', ['Dewi Anggraini']],
  'cop.graduateReach': ['person', ['Joko Susilo', 'Rina Kusuma']],
  'cop.scoreGain': [
    'participant',
    [
      ['Budi Santoso', 10],
      ['Dewi Anggraini', 35],
      ['Rina Kusuma', 15],
      ['Rina Kusuma', 15],
      ['Siti Rahayu', 20],
      ['Siti Rahayu', 40],
    ],
  ],
  'initiatives.all': ['initiative', ['Air bersih Sukorejo', 'Lumbung Ngawi', 'Perahu nelayan']],
  'pledges.all': [
    'pledge',
    [
      'Dinas Perikanan',
      'Pemkab Madiun',
      'PT Sumber Rejeki',
      'PT Sumber Rejeki',
      'PT Sumber Rejeki',
      'Yayasan Bina Desa',
    ],
  ],
  'pledges.fundsPledged': [
    'pledge',
    [
      ['Pemkab Madiun', 20 * M],
      ['PT Sumber Rejeki', 3 * M],
      ['PT Sumber Rejeki', 10 * M],
    ],
  ],
  'pledges.fundsReceived': [
    'fulfilment',
    [
      ['Pemkab Madiun', 5 * M],
      ['PT Sumber Rejeki', 4 * M],
      ['PT Sumber Rejeki', 6 * M],
    ],
  ],
  'pledges.inKindValue': [
    'fulfilment',
    [
      ['Dinas Perikanan', 400_000],
      ['Yayasan Bina Desa', 2 * M],
    ],
  ],
  'pledges.volunteerHours': ['fulfilment', [['Dinas Perikanan', 8]]],
  'pledges.fulfilled': ['pledge', ['PT Sumber Rejeki', 'Yayasan Bina Desa']],
  'pledges.overdue': ['pledge', ['Pemkab Madiun', 'PT Sumber Rejeki']],
  'pledges.fee': [
    'fulfilment',
    [
      ['Pemkab Madiun', 250_000],
      ['PT Sumber Rejeki', 200_000],
      ['PT Sumber Rejeki', 300_000],
    ],
  ],
  'pledges.provincialShare': [
    'fulfilment',
    [
      ['Pemkab Madiun', 187_500],
      ['PT Sumber Rejeki', 150_000],
      ['PT Sumber Rejeki', 225_000],
    ],
  ],
  'governments.engaged': ['supporter', ['Dinas Perikanan', 'Pemkab Madiun']],
}

describe('the records behind the numbers', () => {
  it('are none on an empty hub: every number 0, no mean, no share, no rows', async () => {
    const { registry } = await jawaTimurServices({ clock: () => NOW })
    const dashboard = await dashboardOf(registry)
    expect(dashboard.indicators.map((indicator) => [indicator.key, indicator.value, indicator.records])).toEqual(
      indicatorKeys.map((key) => [key, key === 'cop.scoreGain' ? null : 0, 0]),
    )
    expect(Object.values(dashboard.shares)).toEqual([null, null, null, null, null, null])
    expect([dashboard.forms, dashboard.capacity, dashboard.targets]).toEqual([[], [], []])
    for (const key of indicatorKeys) {
      expect((await drillOf(registry, key)).total).toBe(0)
      const [dimension] = dashboard.indicators.find((indicator) => indicator.key === key)?.dimensions ?? []
      const split = ok<Breakdown>(await registry.invoke('reports:breakdown', { filter: {}, key, dimension }))
      expect(split.rows).toEqual([])
    }
  })

  it('are, for every number, exactly the records counted or summed', async () => {
    const { registry } = await reportsFixture()
    const { indicators } = await dashboardOf(registry)
    for (const indicator of indicators) {
      const [kind, expected] = behind[indicator.key]
      const page = await drillOf(registry, indicator.key)
      expect(page.kind, indicator.key).toBe(kind)
      expect(page.total, indicator.key).toBe(indicator.records)
      const labels = page.rows.map((row) => row.label.toLowerCase())
      expect(labels, `${indicator.key} in order`).toEqual(labels.toSorted())
      // Records of one label come in the order of their ids, which are random: put them by amount.
      const rows = page.rows
        .toSorted(
          (a, b) => a.label.localeCompare(b.label, 'id', { sensitivity: 'base' }) || (a.amount ?? 0) - (b.amount ?? 0),
        )
        .map((row) => (row.amount === null ? row.label : [row.label, row.amount]))
      expect(rows, indicator.key).toEqual(expected)
    }
  })

  it('are, for each bucket of every breakdown, as many as the bucket counts, summing to its value', async () => {
    const { registry } = await reportsFixture()
    const { indicators } = await dashboardOf(registry)
    let buckets = 0
    for (const { key, dimensions } of indicators)
      for (const dimension of dimensions) {
        const split = ok<Breakdown>(await registry.invoke('reports:breakdown', { filter: {}, key, dimension }))
        for (const row of split.rows) {
          const page = await drillOf(registry, key, { dimension, bucket: row.bucket })
          const where = `${key} by ${dimension} = "${row.bucket}"`
          expect(page.total, where).toBe(row.records)
          const amounts = page.rows.map((record) => record.amount ?? 1)
          const sum = amounts.reduce((total, amount) => total + amount, 0)
          const value = split.unit === 'points' ? Math.round((sum / amounts.length) * 10) / 10 : sum
          expect(value, where).toBe(row.value)
          buckets += 1
        }
      }
    // Every indicator splits some way, and a breakdown of the fixture has some buckets.
    expect(buckets).toBeGreaterThan(100)
  })
})
