import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppError, Message } from '../../shared/errors'
import { createTranslator } from '../../shared/i18n/translate'
import { reportFilterInput } from '../../shared/reports'
import type { AppDatabase } from '../db'
import { writeBackupAtOnce } from '../backup/write'
import { dashboard } from '../reports/dashboard'
import { syncDigest } from '../sync/digest'
import { addOrganisation, addPerson, exportFrom, importInto, newInstance, trust } from '../sync/testing'
import { syncWrite } from '../sync/write'
import { mergeInput } from '../../shared/members'
import { mergeRecords } from '../members/records/merge'
import { people } from '../members/schema'
import { attachmentInfo, putAttachment } from '../attachments/store'
import { bundleRows } from './carried'
import { personPrivacy, recordConsent } from './consent'
import { erasePerson, previewErasure, setRestricted } from './erase'
import { consentRecords } from './schema'

const consent = (personId: string, purposes: ('directory' | 'contact' | 'national' | 'publication')[], extra = {}) => ({
  personId,
  purposes,
  action: 'given' as const,
  recordedOn: '2026-10-01',
  method: 'paper' as const,
  recordedBy: 'Sekretariat Forum OMS Jawa Timur',
  ...extra,
})

function fieldErrors(act: () => unknown): unknown {
  try {
    act()
  } catch (error) {
    return (error as AppError).fieldMessages
  }
  throw new Error('not refused')
}

const personRow = (database: AppDatabase, id: string) =>
  database.sqlite.prepare('SELECT * FROM people WHERE id = ?').get(id) as Record<string, unknown>

/** Every byte of the database's files, after a checkpoint: what a disk forensics tool would read. */
function fileBytes(database: AppDatabase): string {
  database.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  return [database.path, `${database.path}-wal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString('latin1'))
    .join('')
}

const indicators = (database: AppDatabase) =>
  Object.fromEntries(
    dashboard(database, reportFilterInput.parse({})).indicators.map((indicator) => [indicator.key, indicator.value]),
  )

async function provinceAndNation() {
  const jatim = await newInstance('Forum OMS Jawa Timur', '35')
  const national = await newInstance('Sekretariat Nasional', null)
  await trust(national, jatim)
  const organisation = addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
  return { jatim, national, organisation }
}

describe('consent per purpose', () => {
  it('sends a name to the national team only with consent to share it, and takes it back when withdrawn', async () => {
    const { jatim, national, organisation } = await provinceAndNation()
    const siti = addPerson(jatim, organisation, { name: 'Siti Rahayu', phone: '+6281234567890', national: false })
    let rows = bundleRows(jatim.database, await exportFrom(jatim), 'people')
    expect(rows[0]?.values).not.toHaveProperty('name')
    expect(rows[0]?.values).not.toHaveProperty('phone')
    expect(rows[0]?.values).toMatchObject({ gender: 'female', birth_year: 1990, role: 'leader' })

    recordConsent(jatim.database, consent(siti, ['national', 'contact']))
    const shared = await exportFrom(jatim)
    rows = bundleRows(jatim.database, shared, 'people')
    expect(rows[0]?.values).toMatchObject({ name: 'Siti Rahayu', phone: '+6281234567890' })
    importInto(national, shared)
    expect(personRow(national.database, siti)).toMatchObject({ name: 'Siti Rahayu', phone: '+6281234567890' })

    recordConsent(jatim.database, { ...consent(siti, ['national']), action: 'withdrawn', recordedOn: '2026-10-20' })
    importInto(national, await exportFrom(jatim))
    expect(personRow(national.database, siti)).toMatchObject({ name: '', phone: null, gender: 'female' })
    expect(personRow(jatim.database, siti)).toMatchObject({ name: 'Siti Rahayu', phone: '+6281234567890' })
    expect(syncDigest(national.database, jatim.identity.hubId)).toBe(syncDigest(jatim.database, jatim.identity.hubId))
    expect(fileBytes(national.database)).not.toContain('Siti Rahayu')
  })

  it('asks for the birth year, and refuses consent of someone under 18 that no guardian gave', async () => {
    const { jatim, organisation } = await provinceAndNation()
    const rani = addPerson(jatim, organisation, { name: 'Rani Putri', national: false })
    syncWrite(jatim.database, (writer) => writer.update(people, rani, { birthYear: null }))
    expect(fieldErrors(() => recordConsent(jatim.database, consent(rani, ['directory'])))).toEqual({
      birthYear: { key: 'privacy.validation.birthYearNeeded', params: { min: 1926, max: 2016 } },
    })
    expect(fieldErrors(() => recordConsent(jatim.database, consent(rani, ['directory'], { birthYear: 2010 })))).toEqual(
      {
        guardianName: { key: 'privacy.validation.guardianNeeded', params: { age: 16 } },
      },
    )
    expect(personRow(jatim.database, rani).birth_year).toBeNull()
    recordConsent(
      jatim.database,
      consent(rani, ['directory', 'national'], { birthYear: 2010, guardianName: 'Ibu Sri' }),
    )
    const privacy = personPrivacy(jatim.database, rani)
    expect(privacy).toMatchObject({ birthYear: 2010, minor: true })
    expect(privacy.consents.filter((state) => state.given).map((state) => state.purpose)).toEqual([
      'directory',
      'national',
    ])
    expect(privacy.consents[0]?.record).toMatchObject({ guardianName: 'Ibu Sri', method: 'paper' })
  })

  it('withholds a restricted person from bundles until the restriction is lifted', async () => {
    const { jatim, national, organisation } = await provinceAndNation()
    const siti = addPerson(jatim, organisation, { name: 'Siti Rahayu', consent: true })
    importInto(national, await exportFrom(jatim))
    setRestricted(jatim.database, siti, true)
    importInto(national, await exportFrom(jatim))
    expect(personRow(national.database, siti)).toMatchObject({ name: '', restricted_on: '2026-11-01' })
    setRestricted(jatim.database, siti, false)
    importInto(national, await exportFrom(jatim))
    expect(personRow(national.database, siti)).toMatchObject({ name: 'Siti Rahayu', restricted_on: null })
  })
})

describe('erasure', () => {
  it('leaves neither the hub nor the national database holding the erased values, and the indicators as they were', async () => {
    const { jatim, national, organisation } = await provinceAndNation()
    const siti = addPerson(jatim, organisation, { name: 'Siti Kusumawardani', phone: '+6281377778888', consent: true })
    addPerson(jatim, organisation, { name: 'Budi Santoso' })
    // A second record of her, merged in: the merge journal keeps the values it replaced.
    const twin = addPerson(jatim, organisation, { name: 'Siti K.', phone: '+6281377778888' })
    mergeRecords(
      jatim.database,
      mergeInput.parse({ kind: 'person', survivorId: siti, mergedId: twin, take: { name: 'merged' } }),
    )
    syncWrite(jatim.database, (writer) =>
      writer.update(people, siti, { name: 'Siti Kusumawardani', notes: 'Catatan rahasia Siti', birthYear: 1999 }),
    )
    importInto(national, await exportFrom(jatim))
    expect(fileBytes(national.database)).toContain('Siti Kusumawardani')
    expect(jatim.database.sqlite.prepare('SELECT count(*) FROM merges').pluck().get()).toBe(1)
    const before = { hub: indicators(jatim.database), national: indicators(national.database) }

    expect(previewErasure(jatim.database, siti)).toMatchObject({
      removes: [
        { field: 'name', value: 'Siti Kusumawardani' },
        { field: 'birthYear', value: '1999' },
        { field: 'phone', value: '+6281377778888' },
        { field: 'notes', value: 'Catatan rahasia Siti' },
      ],
      keeps: { gender: 'female', ageBand: 'young', role: 'leader', organisationName: 'Yayasan Bina Desa' },
    })
    erasePerson(jatim.database, siti)
    importInto(national, await exportFrom(jatim))

    for (const instance of [jatim, national]) {
      expect(personRow(instance.database, siti)).toMatchObject({
        name: '',
        birth_year: null,
        age_band: 'young',
        phone: null,
      })
      const bytes = fileBytes(instance.database)
      for (const erased of ['Siti Kusumawardani', 'Kusumawardani', 'Siti K.', '6281377778888', 'Catatan rahasia'])
        expect(bytes).not.toContain(erased)
      expect(bytes).toContain('Budi Santoso')
    }
    // A backup made afterwards copies the file as it is now.
    const backup = join(jatim.directory, 'after.lokadaya-backup')
    writeBackupAtOnce(jatim.database, backup, '0.0.0-test')
    expect(readFileSync(backup).toString('latin1')).not.toContain('Kusumawardani')
    expect(indicators(jatim.database)).toEqual(before.hub)
    expect(indicators(national.database)).toEqual(before.national)
    expect(syncDigest(national.database, jatim.identity.hubId)).toBe(syncDigest(jatim.database, jatim.identity.hubId))
  })
})

describe('withdrawing consent', () => {
  const withdrawal = (personId: string, purposes: Parameters<typeof consent>[1]) => ({
    ...consent(personId, purposes),
    action: 'withdrawn' as const,
    recordedOn: '2026-10-20',
  })

  it('refuses to withdraw what is not in force, naming the purposes in the reader language, and records nothing', async () => {
    const { jatim, organisation } = await provinceAndNation()
    const siti = addPerson(jatim, organisation, { name: 'Siti Rahayu', national: false })
    recordConsent(jatim.database, consent(siti, ['directory']))
    const refused = fieldErrors(() =>
      recordConsent(jatim.database, withdrawal(siti, ['directory', 'contact', 'publication'])),
    ) as Record<string, Message>
    expect(Object.keys(refused)).toEqual(['purposes', 'purposes.contact', 'purposes.publication'])
    const words = (language: 'id' | 'en') => Object.values(refused).map(createTranslator(language))
    expect(words('id')).toEqual([
      'Penarikan tidak dapat dicatat untuk tujuan yang persetujuannya tidak sedang berlaku (belum pernah diberikan atau sudah ditarik); hapus centangnya:',
      'Dihubungi jaringan',
      'Publikasi',
    ])
    expect(words('en').slice(1)).toEqual(['Contact by the network', 'Publication'])
    expect(personPrivacy(jatim.database, siti).history).toHaveLength(1)

    // What is in force is withdrawn once; a second withdrawal of it is refused as well.
    recordConsent(jatim.database, withdrawal(siti, ['directory']))
    expect(fieldErrors(() => recordConsent(jatim.database, withdrawal(siti, ['directory'])))).toHaveProperty('purposes')
    expect(personPrivacy(jatim.database, siti).history.map((record) => record.action)).toEqual(['given', 'withdrawn'])
  })

  // The person form's box from before consent records is withdrawn as well: see db/0011_privacy_upgrade.test.ts.
  it('takes back a minor’s consent still waiting for a guardian', async () => {
    const { jatim, organisation } = await provinceAndNation()
    // Under 18 and no guardian named: not in force, yet the record may be withdrawn.
    const rani = addPerson(jatim, organisation, { name: 'Rani Putri', national: false })
    syncWrite(jatim.database, (writer) => writer.update(people, rani, { birthYear: 2012 }))
    syncWrite(jatim.database, (writer) =>
      writer.insert(consentRecords, {
        personId: rani,
        purpose: 'publication',
        action: 'given',
        recordedOn: '2026-10-01',
        method: 'paper',
        recordedBy: 'Sri Wahyuni',
      }),
    )
    expect(() => recordConsent(jatim.database, withdrawal(rani, ['publication']))).not.toThrow()
  })

  it('words the minor refusal by the age on the date of consent', () => {
    expect(createTranslator('id')({ key: 'privacy.validation.guardianNeeded', params: { age: 15 } })).toContain(
      'berusia 15 tahun pada tanggal persetujuan',
    )
  })
})

describe('erasing a person with a signed consent form', () => {
  it('removes the scan from the attachment store with the rest', async () => {
    const { jatim, organisation } = await provinceAndNation()
    const siti = addPerson(jatim, organisation, { name: 'Siti Rahayu', national: false })
    const scan = putAttachment(
      jatim.database,
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('formulir Siti')]),
    )
    recordConsent(jatim.database, consent(siti, ['publication'], { proofSha256: scan }))
    expect(attachmentInfo(jatim.database, scan)).toBeDefined()
    erasePerson(jatim.database, siti)
    expect(attachmentInfo(jatim.database, scan)).toBeUndefined()
    expect(personRow(jatim.database, siti)).toMatchObject({ name: '', erased_at: expect.any(String) })
  })
})
