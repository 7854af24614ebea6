import { describe, expect, it } from 'vitest'
import { hubSetupInput } from '../../shared/hub'
import type { ProvincesView, Target } from '../../shared/reports'
import { NOW } from '../cop/testing'
import { setUpHub } from '../hub/service'
import { ok } from '../members/records/testing'
import { exportFrom, importInto, trust, type Instance } from '../sync/testing'
import { testServices } from '../testing/database'
import { expectRefused } from '../testing/refused'
import { dashboardOf, reportsFixture, type ReportsContext } from './testing'

// The dataset's story, and who is who, is told in ./testing.ts.

/** The fixture's hub as the sync helpers know an instance. */
const hubInstance = (context: ReportsContext): Instance => ({
  name: 'Forum OMS Jawa Timur',
  database: context.database,
  keyStore: context.keyStore,
  identity: context.hub,
  directory: context.directory,
  clock: context.clock,
})

/** The national instance, on the same day, with its own handlers. */
async function nationalInstance() {
  const clock = { now: NOW }
  const { services, registry, keyStore, directory } = testServices({ clock: () => clock.now })
  const input = hubSetupInput.parse({ role: 'national', name: 'Sekretariat Nasional' })
  const identity = await setUpHub(services.database, keyStore, input)
  const instance: Instance = {
    name: 'Sekretariat Nasional',
    database: services.database,
    keyStore,
    identity,
    directory,
    clock,
  }
  return { instance, registry }
}

/** Unique people trained from January to March: Dewi and Rina at the ToT, Siti and Budi at S1. */
const firstQuarter = { key: 'cop.participants', fromOn: '2026-01-01', toOn: '2026-03-31' }

describe('targets', () => {
  it("are a hub's own to add, change and remove, progress counted over each target's period", async () => {
    const { registry } = await reportsFixture()
    const [created] = ok<Target[]>(await registry.invoke('reports:createTarget', { ...firstQuarter, value: 8 }))
    expect(created).toMatchObject({ ...firstQuarter, value: 8, note: null, scope: 'province', editable: true })
    const progress = async (filter = {}) =>
      (await dashboardOf(registry, filter)).targets.map(({ achieved, percent }) => [achieved, percent])
    expect(await progress()).toEqual([[4, 50]])
    // The dashboard's own period does not move a target's; its place does (BD's Siti and Budi).
    expect(await progress({ from: '2026-05-01', to: '2026-05-31' })).toEqual([[4, 50]])
    // A target counts its own place, whatever the dashboard is narrowed to.
    expect(await progress({ regencyCode: '35.19' })).toEqual([[4, 50]])
    const id = created?.id ?? ''
    const changed = { id, ...firstQuarter, value: 3, note: 'Revisi semester' }
    expect(ok<Target[]>(await registry.invoke('reports:updateTarget', changed))).toMatchObject([{ value: 3 }])
    // Over-achieved: 4 of 3.
    expect(await progress()).toEqual([[4, 133.3]])
    expect(ok<Target[]>(await registry.invoke('reports:deleteTarget', { id }))).toEqual([])
    expect(await progress()).toEqual([])
    expect(ok<Target[]>(await registry.invoke('reports:targets', undefined))).toEqual([])
  })

  it('refuse a period that ends before it starts, on the end field, writing nothing', async () => {
    const { registry, database } = await reportsFixture()
    const backwards = { ...firstQuarter, fromOn: '2026-03-31', toOn: '2026-01-01', value: 8 }
    await expectRefused(
      database,
      () => registry.invoke('reports:createTarget', backwards),
      'validation.reports.periodOrder',
      'toOn',
    )
    const [target] = ok<Target[]>(await registry.invoke('reports:createTarget', { ...firstQuarter, value: 8 }))
    await expectRefused(
      database,
      () => registry.invoke('reports:updateTarget', { ...backwards, id: target?.id }),
      'validation.reports.periodOrder',
      'toOn',
    )
  })

  it("reach a hub from the national team's bundle, to be read and measured there but not changed", async () => {
    const context = await reportsFixture()
    const hub = hubInstance(context)
    const national = await nationalInstance()
    const set = await national.registry.invoke('reports:createTarget', { ...firstQuarter, value: 5, note: 'Nasional' })
    const [target] = ok<Target[]>(set)
    expect(target).toMatchObject({ scope: 'national', editable: true })
    await trust(hub, national.instance)
    expect(importInto(hub, await exportFrom(national.instance)).outcome).toBe('accepted')
    const own = ok<Target[]>(await context.registry.invoke('reports:createTarget', { ...firstQuarter, value: 8 }))
    // The national team's first.
    expect(own.map((t) => [t.value, t.scope, t.editable])).toEqual([
      [5, 'national', false],
      [8, 'province', true],
    ])
    // Measured on the hub's own data: 4 of 5.
    const [progress] = (await dashboardOf(context.registry)).targets
    expect(progress).toMatchObject({ id: target?.id, achieved: 4, percent: 80 })
    const id = target?.id ?? ''
    const notOwn = 'validation.reports.targetNotOwn'
    const update = () => context.registry.invoke('reports:updateTarget', { id, ...firstQuarter, value: 1 })
    expect(await update()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    await expectRefused(context.database, update, notOwn)
    const remove = () => context.registry.invoke('reports:deleteTarget', { id })
    expect(await remove()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    await expectRefused(context.database, remove, notOwn)
  })
})

describe('the national view', () => {
  it("shows each province's value, with the last bundle merged from it", async () => {
    const context = await reportsFixture()
    const national = await nationalInstance()
    const hub = hubInstance(context)
    await trust(national.instance, hub)
    ok(await context.registry.invoke('reports:createTarget', { ...firstQuarter, value: 8 }))
    expect(importInto(national.instance, await exportFrom(hub)).outcome).toBe('accepted')
    // The province's own target arrives as the province's, counted within Jawa Timur only.
    const [provinceTarget] = (await dashboardOf(national.registry)).targets
    expect(provinceTarget).toMatchObject({
      scope: 'province',
      provinceCode: '35',
      setBy: 'Forum OMS Jawa Timur',
      editable: false,
      achieved: 4,
    })
    const view = async (key: string) =>
      ok<ProvincesView>(await national.registry.invoke('reports:provinces', { filter: {}, key }))
    const trained = await view('cop.participants')
    expect(trained.total).toBe(6)
    expect(trained.provinces.length).toBeGreaterThan(30)
    const jawaTimur = trained.provinces.filter((province) => province.code === '35')
    expect(jawaTimur).toEqual([{ code: '35', name: 'Jawa Timur', value: 6, lastBundleAt: expect.any(String) }])
    const others = trained.provinces.filter((province) => province.code !== '35')
    expect(others.every((province) => province.value === null && province.lastBundleAt === null)).toBe(true)
    // Sums and means too; a mean is null where nothing was measured. S2, run by the hub, is placed in its province.
    const received = await view('pledges.fundsReceived')
    expect([received.total, received.provinces.find((p) => p.code === '35')?.value]).toEqual([15_000_000, 15_000_000])
    const gain = await view('cop.scoreGain')
    expect(gain.provinces.filter((p) => p.value !== null).map((p) => [p.code, p.value])).toEqual([['35', 22.5]])
    const sessions = await view('cop.sessions')
    expect([sessions.total, sessions.provinces.find((p) => p.code === '35')?.value]).toEqual([4, 4])
  })
})
