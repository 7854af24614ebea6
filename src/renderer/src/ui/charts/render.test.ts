import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type * as Charts from './index'

// The catalog sets <html lang> as it starts; no DOM under Node, so a stand-in for that one element.
vi.stubGlobal('document', { documentElement: { lang: '' } })
vi.stubGlobal('window', { matchMedia: () => ({ matches: false }) })

let charts: typeof Charts
beforeAll(async () => {
  charts = await import('./index')
})

const format = (n: number) => new Intl.NumberFormat('id-ID').format(n)
const data = [
  { key: '3501', label: 'Kabupaten Pacitan', value: 1250, second: 900 },
  { key: '3578', label: 'Kota Surabaya', value: 1_250_000, second: null },
]

describe('the charts, rendered once to HTML', () => {
  it('draws a bar chart as its title, switch and the place its drawing loads into', () => {
    const html = renderToString(
      createElement(charts.BarChart, {
        title: 'Janji per kabupaten/kota',
        summary: 'Kota Surabaya menerima janji terbanyak.',
        data,
        series: { value: 'Dijanjikan', second: 'Diterima' },
        categoryLabel: 'Kabupaten/kota',
        format,
      }),
    )
    expect(html).toContain('Janji per kabupaten/kota')
    expect(html).toContain('aria-pressed="true"')
    expect(html).toMatch(/role="img" aria-label="Kota Surabaya menerima janji terbanyak."/)
    expect(html).toContain('Memuat grafik…')
  })

  it('shows the same numbers as a table, formatted by the caller, with no data said as such', () => {
    const html = renderToString(
      createElement(charts.BarChart, {
        title: 'Janji',
        summary: '…',
        data,
        series: { value: 'Dijanjikan', second: 'Diterima' },
        categoryLabel: 'Kabupaten/kota',
        format,
        defaultView: 'table',
        onSelect: () => {},
      }),
    )
    expect(html).toContain('<th scope="col">Kabupaten/kota</th>')
    expect(html).toContain('<td class="number">1.250.000</td>')
    expect(html).toContain('<td class="number">tidak ada data</td>')
    expect(html).toContain('<button type="button" class="chart__pick">Kota Surabaya</button>')
  })

  it('lists months by the caller’s month names in the table of a time chart', () => {
    const html = renderToString(
      createElement(charts.TimeChart, {
        title: 'Janji per bulan',
        summary: '…',
        data: [
          { month: '2025-03', value: 3 },
          { month: '2025-04', value: 5 },
        ],
        seriesLabel: 'Janji',
        formatMonth: charts.monthFormatter('id'),
        format,
        view: 'table',
      }),
    )
    expect(html).toContain('<th scope="row">Mar 2025</th>')
    expect(html).toContain('<th scope="row">Apr 2025</th>')
  })

  it('draws the tile map as buttons named by the caller’s words, in reading order, with a legend', () => {
    const html = renderToString(
      createElement(charts.ProvinceTileMap, {
        title: 'Janji per provinsi',
        provinces: [
          { code: '35', name: 'Jawa Timur', value: 1250, lastBundleAt: '2025-03-01' },
          { code: '11', name: 'Aceh', value: null, lastBundleAt: null },
          { code: '31', name: 'DKI Jakarta', value: 0, lastBundleAt: '2025-03-02' },
        ],
        valueLabel: 'Janji',
        format,
        freshness: (at) => (at ? '3 hari lalu' : 'belum pernah'),
        onSelect: () => {},
      }),
    )
    expect(html).toContain('aria-label="Jawa Timur: 1.250 — 3 hari lalu"')
    expect(html).toContain('aria-label="Aceh: tidak ada data — belum pernah"')
    expect(html.indexOf('Aceh:')).toBeLessThan(html.indexOf('DKI Jakarta:'))
    expect(html.indexOf('DKI Jakarta:')).toBeLessThan(html.indexOf('Jawa Timur:'))
    expect(html).toContain('tile-map__tile--none')
    expect(html).toContain('1.000 ke atas')
  })
})
