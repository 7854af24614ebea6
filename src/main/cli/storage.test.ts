import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from './main'
import { createDb } from '../db'
import { createFileKeyStore, signingKeyFileFor } from '../hub/keystore'
import { hubStatus, loadSigningKey } from '../hub/service'

const run = promisify(execFile)
const root = resolve(__dirname, '../../..')
const tsx = join(root, 'node_modules', '.bin', 'tsx')

let directory: string
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'lokadaya-init-'))
})
afterEach(() => rmSync(directory, { recursive: true, force: true }))

/** A real `lokadaya init` in its own process, as two people (or scripts) would start it. */
async function init(db: string, name: string) {
  const argv = ['src/main/cli/main.ts', 'init', '--db', db, '--role', 'hub', '--province', '35', '--name', name]
  try {
    const { stdout, stderr } = await run(tsx, argv, { cwd: root })
    return { code: 0, name, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, name, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('two inits racing for the same new database', () => {
  it("keeps the winner's hub and key, and refuses the loser plainly", { timeout: 180_000 }, async () => {
    for (let round = 0; round < 5; round += 1) {
      const db = join(directory, `race-${round}.db`)
      const results = await Promise.all([init(db, 'Hub A'), init(db, 'Hub B')])

      const winners = results.filter((result) => result.code === 0)
      const losers = results.filter((result) => result.code !== 0)
      expect(winners.map((w) => w.code)).toEqual([0])
      const [winner] = winners as [(typeof results)[number]]
      const [loser] = losers as [(typeof results)[number]]

      const database = createDb(db)
      const status = hubStatus(database)
      expect(status.setUp && status.identity.name).toBe(winner.name)
      expect(winner.stdout).toContain(`Fingerprint: ${status.setUp && status.identity.fingerprint}`)
      const key = await loadSigningKey(database, createFileKeyStore(signingKeyFileFor(db)))
      expect(key).toMatch(/PRIVATE KEY/)
      database.close()
      expect(loser.code).toBe(1)
      // On a busy machine one process may start only after the other has finished: then the loser
      // finds the hub already set up, which is as plain a refusal and as harmless.
      expect([
        `lokadaya: Basis data ${db} dibuat oleh proses lain pada saat yang sama. Proses ini tidak mengubah apa pun; hub yang sudah dibuat tetap utuh.\n`,
        `Hub ini sudah disiapkan sebagai "${winner.name}". Identitas hub tidak dapat dibuat ulang.\n`,
      ]).toContain(loser.stderr)
    }
    // Nothing of either attempt's work in progress stays behind.
    expect(readdirSync(directory).filter((file) => !/^race-\d\.db(\.signing-key)?$/.test(file))).toEqual([])
  })
})

describe('a command on a hub whose signing key is not right', () => {
  async function seed(db: string, lang: string) {
    const err: string[] = []
    const code = await runCli(['seed', '--db', db, '--orgs', '1', '--lang', lang], {
      log: () => {},
      error: (line) => err.push(line),
    })
    return { code, stderr: err.join('\n') }
  }

  it('says what is wrong and what to do before it works, in the chosen language', async () => {
    const db = join(directory, 'jatim.db')
    const key = signingKeyFileFor(db)
    await runCli(['init', '--db', db, '--role', 'hub', '--province', '35', '--name', 'Jatim'], {
      log: () => {},
      error: () => {},
    })
    expect(await seed(db, 'id')).toEqual({ code: 0, stderr: '' })

    unlinkSync(key)
    expect(await seed(db, 'id')).toEqual({
      code: 0,
      stderr: `lokadaya: Kunci tanda tangan hub tidak ditemukan di ${key}. Tanpa kunci ini hub tidak dapat mengirim data ke tim nasional. Pulihkan berkas kunci dari cadangan ke lokasi itu, lalu buka ulang Lokadaya Hub; bila tidak ada cadangan, hubungi tim nasional.`,
    })
    writeFileSync(key, 'rusak')
    expect((await seed(db, 'en')).stderr).toMatch(/^lokadaya: The hub's signing key at .* cannot be read/)
  })
})
