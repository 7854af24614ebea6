import { describe, expect, it } from 'vitest'
import type { IssueCluster } from '../../shared/initiatives'
import { ok } from '../members/records/testing'
import { issueClusters } from './schema'
import { syncWrite } from '../sync/write'
import { detailOf, failure, initiativeInput, initiativeServices } from './testing'

describe('issue clusters', () => {
  it('are defined on the national instance only', async () => {
    const national = await initiativeServices('national')
    const created = ok<IssueCluster>(
      await national.registry.invoke('initiatives:createCluster', {
        name: 'Ekonomi sirkular',
        description: 'Pengelolaan sampah dan daur ulang',
        sdgs: [12, 11, 12],
      }),
    )
    expect(created).toMatchObject({ name: 'Ekonomi sirkular', sdgs: [11, 12] })
    const renamed = ok<IssueCluster>(
      await national.registry.invoke('initiatives:updateCluster', {
        id: created.id,
        name: 'Ekonomi sirkular & sampah',
      }),
    )
    expect(renamed).toMatchObject({ name: 'Ekonomi sirkular & sampah', description: null, sdgs: [] })
    expect(failure(await national.registry.invoke('initiatives:createCluster', { name: ' ' })).fields).toEqual({
      name: 'Nama isu payung wajib diisi.',
    })

    const hub = await initiativeServices()
    const refused = failure(await hub.registry.invoke('initiatives:createCluster', { name: 'Ekonomi sirkular' }))
    expect(refused).toEqual({
      code: 'FORBIDDEN',
      message:
        'Isu payung hanya dapat dibuat, diubah, dan dihapus oleh tim nasional. Hub provinsi menerimanya lewat paket sinkronisasi dari nasional.',
    })
    await hub.registry.invoke('settings:setLanguage', { language: 'en' })
    expect(failure(await hub.registry.invoke('initiatives:deleteCluster', { id: created.id })).message).toBe(
      'Issue clusters are created, changed and deleted by the national team only. Provincial hubs receive them in sync bundles from national.',
    )
    expect(hub.database.sqlite.prepare('SELECT count(*) FROM issue_clusters').pluck().get()).toBe(0)
  })

  it('tag initiatives when live, and a deleted one stays only where it was already', async () => {
    const { registry, database, lead } = await initiativeServices()
    // As a national bundle would bring them: the hub never writes clusters through its own handlers.
    const [water, waste] = syncWrite(database, (writer) => [
      writer.insert(issueClusters, { name: 'Air bersih' }),
      writer.insert(issueClusters, { name: 'Sampah' }),
    ]) as [string, string]
    expect(ok<IssueCluster[]>(await registry.invoke('initiatives:clusters', undefined)).map((c) => c.name)).toEqual([
      'Air bersih',
      'Sampah',
    ])
    const created = detailOf(
      await registry.invoke('initiatives:create', initiativeInput(lead, { clusterIds: [water] })),
    )
    expect(created.clusters).toEqual([{ id: water, name: 'Air bersih' }])
    syncWrite(database, (writer) => writer.remove(issueClusters, water))
    const kept = detailOf(
      await registry.invoke('initiatives:update', {
        id: created.id,
        ...initiativeInput(lead, { clusterIds: [water] }),
      }),
    )
    expect([kept.clusterIds, kept.clusters]).toEqual([[water], []])
    const other = failure(
      await registry.invoke('initiatives:create', initiativeInput(lead, { clusterIds: [water, waste] })),
    )
    expect(Object.keys(other.fields ?? {})).toEqual(['clusterIds'])
  })
})
