import { closeSync, openSync, readdirSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { RestoreDone, RestorePlan, StartupProblem } from '../../shared/restore'
import { openServices } from '../cli/context'
import { HOUR, hubWithBackupFolder } from './testing-hub'

async function hubWithBackup() {
  const hub = await hubWithBackupFolder()
  await hub.chooseFolder()
  await hub.value('members:createOrganisation', { name: 'Yayasan Bina Desa', regencyCode: '35.19' })
  const { path } = await hub.value<{ path: string }>('backup:run', {})
  hub.clock.now += HOUR
  await hub.value('members:createOrganisation', { name: 'KSM Makmur Sentosa', regencyCode: '35.19' })
  return { ...hub, backup: path }
}

const organisationNames = (hub: Awaited<ReturnType<typeof hubWithBackup>>) =>
  hub.services.database.sqlite.prepare('SELECT name FROM organisations ORDER BY name').pluck().all()

describe('restoring from the screens', () => {
  it('says what the backup holds and what it replaces, then restores in place for every handler', async () => {
    const hub = await hubWithBackup()
    hub.dialogs.answerOpen([hub.backup])
    const plan = await hub.value<RestorePlan>('restore:choose')
    expect(plan).toMatchObject({
      backup: { hubName: hub.hub.name, counts: { organisations: 1 } },
      current: { hubName: hub.hub.name, counts: { organisations: 2 } },
      safetyFolder: hub.folder,
    })
    const before = hub.services.database

    const done = await hub.value<RestoreDone>('restore:run', { path: hub.backup })

    expect(hub.services.database).not.toBe(before)
    expect(organisationNames(hub)).toEqual(['Yayasan Bina Desa'])
    expect(done.safetyBackup?.startsWith(hub.folder)).toBe(true)
    expect(done.fingerprint).toMatch(/^[\d ]+$/)
    // Every handler works on the restored database, as a new instance with the new key.
    const status = await hub.value<{ setUp: boolean }>('hub:status')
    expect(status.setUp).toBe(true)
    expect(await hub.value('restore:problem')).toBeNull()
  })

  it('a cancelled dialog plans nothing, and a file that is no backup is refused in words', async () => {
    const hub = await hubWithBackup()
    expect(await hub.value('restore:choose')).toBeNull()
    const refused = await hub.call('restore:plan', { path: hub.services.database.path })
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(refused.ok || refused.error.message).toContain('bukan cadangan Lokadaya Hub')
    expect(organisationNames(hub)).toHaveLength(2)
  })
})

describe('a database that will not open', () => {
  it('opens in recovery: every other call refused, the backups listed, and a restore brings the hub back', async () => {
    const hub = await hubWithBackup()
    const path = hub.services.database.path
    hub.services.database.close()
    // Damage where most pages are (the area reference data), as a failing disk sector would.
    const fd = openSync(path, 'r+')
    writeSync(fd, Buffer.alloc(4096 * 8, 0x5a), 0, 4096 * 8, Math.floor(statSync(path).size / 8192) * 4096)
    closeSync(fd)

    const { services, registry } = openServices(path, undefined, undefined, undefined, undefined, true)
    onTestFinished(() => services.database.close())
    const problem = (await registry.invoke('restore:problem', undefined)) as { ok: true; value: StartupProblem }
    expect(problem.value).toMatchObject({ code: 'DB_DAMAGED', databasePath: path })
    expect(problem.value.backups.map((backup) => backup.path)).toContain(hub.backup)
    expect(await registry.invoke('hub:status', undefined)).toMatchObject({ ok: false, error: { code: 'DB_DAMAGED' } })

    const done = (await registry.invoke('restore:run', { path: hub.backup })) as { ok: true; value: RestoreDone }
    expect(done.ok).toBe(true)
    expect(done.value.damagedCopy).not.toBeNull()
    expect(await registry.invoke('restore:problem', undefined)).toEqual({ ok: true, value: null })
    expect(await registry.invoke('hub:status', undefined)).toMatchObject({ ok: true, value: { setUp: true } })
    expect(readdirSync(join(path, '..')).some((name) => name.includes('.damaged-'))).toBe(true)
  })
})
