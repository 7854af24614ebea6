import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import type { Result } from '../../shared/errors'
import type { DossierSheet, PersonDossier, SavedDossier } from '../../shared/privacy'
import { participantId } from '../cop/ids'
import { copCertificates, copParticipants, copSessions, copTrainers } from '../cop/schema'
import { createAppRegistry } from '../handlers'
import { initiatives, stories } from '../initiatives/schema'
import { people } from '../members/schema'
import type { PagePrinter } from '../services'
import { exportRebuildBundle } from '../sync/rebuild'
import { addOrganisation, addPerson, exportFrom, importInto, newInstance, trust, type Instance } from '../sync/testing'
import { syncWrite } from '../sync/write'
import { scriptedDialogs } from '../testing/dialogs'
import { dossierCsv, dossierJson, personDossier } from './access'
import { dossierSheet } from './access-sheet'
import { bundleRows } from './carried'
import { recordConsent } from './consent'
import { erasePerson } from './erase'
import { openRequest } from './requests'

async function provinceAndNation() {
  const jatim = await newInstance('Forum OMS Jawa Timur', '35')
  const national = await newInstance('Sekretariat Nasional', null)
  await trust(national, jatim)
  // The hub knows the national key: the dossier names the national team it sent to.
  await trust(jatim, national)
  const organisation = addOrganisation(jatim, 'Yayasan Bina Désa', '35.19')
  return { jatim, national, organisation }
}

/** Siti went to a ToT, became a trainer, got a certificate and asked for her data. */
function historyOfSiti(instance: Instance, siti: string) {
  syncWrite(instance.database, (writer) => {
    const session = writer.insert(copSessions, {
      title: 'ToT Resiliensi Keuangan',
      aspect: 'financial_resilience',
      format: 'tot',
      startsAt: '2026-10-05T02:00:00.000Z',
      endsAt: '2026-10-05T09:00:00.000Z',
      status: 'done',
    })
    const participant = writer.insert(copParticipants, {
      id: participantId(session, siti),
      sessionId: session,
      personId: siti,
      status: 'present',
      minutesPresent: 400,
      preScore: 60,
      postScore: 85,
    })
    writer.insert(stories, {
      initiativeId: writer.insert(initiatives, {
        leadOrganisationId: '0190a6c0-0000-7000-8000-000000000001',
        title: 'Bank sampah Kota Madiun',
        regencyCode: '35.77',
        status: 'draft',
        statusSince: '2026-01-05',
      }),
      title: 'Bu Siti dan bank sampah',
      happenedOn: '2026-10-12',
      people: JSON.stringify([siti]),
      status: 'draft',
    })
    writer.insert(copCertificates, {
      participantId: participant,
      code: '35-7K2M-9QXD',
      issuedOn: '2026-10-06',
      holderName: 'Siti Rahayu',
      sessionTitle: 'ToT Resiliensi Keuangan',
    })
    writer.insert(copTrainers, {
      personId: siti,
      aspect: 'financial_resilience',
      sourceSessionId: session,
      qualifiedOn: '2026-10-06',
    })
    writer.update(people, siti, { notes: '=HYPERLINK("http://contoh.test")', email: 'siti@binadesa.or.id' })
  })
  recordConsent(instance.database, {
    personId: siti,
    purposes: ['directory'],
    action: 'given',
    recordedOn: '2026-10-05',
    method: 'paper',
    recordedBy: 'Sekretariat Forum OMS Jawa Timur',
  })
  openRequest(instance.database, {
    kind: 'access',
    personId: siti,
    requesterName: 'Siti Rahayu',
    receivedAt: '2026-11-01T08:30',
    verification: 'KTP cocok dengan data',
  })
}

describe('personDossier', () => {
  it('holds everything the hub keeps about a person, and the bundles that carried them', async () => {
    const { jatim, national, organisation } = await provinceAndNation()
    const siti = addPerson(jatim, organisation, { name: 'Siti Rahayu', phone: '+6281234567890', consent: true })
    const budi = addPerson(jatim, organisation, { name: 'Budi Santoso', national: false })
    const first = await exportFrom(jatim)
    importInto(national, first)
    historyOfSiti(jatim, siti)
    jatim.clock.now += 3_600_000
    const second = await exportFrom(jatim)

    const dossier = personDossier(jatim.database, siti)
    expect(dossier).toMatchObject({
      format: 'lokadaya-person-data',
      formatVersion: 1,
      controller: { hubId: jatim.identity.hubId, name: 'Forum OMS Jawa Timur', provinceName: 'Jawa Timur' },
      person: {
        id: siti,
        name: 'Siti Rahayu',
        gender: 'female',
        birthYear: 1990,
        role: 'leader',
        organisationName: 'Yayasan Bina Désa',
        phone: '+6281234567890',
        email: 'siti@binadesa.or.id',
        consentPurposes: ['directory', 'contact', 'national'],
        erasedAt: null,
      },
      affiliations: [{ organisationName: 'Yayasan Bina Désa', role: 'leader', fromOn: '2026-01-01', untilOn: null }],
      participations: [
        {
          sessionTitle: 'ToT Resiliensi Keuangan',
          sessionStatus: 'done',
          status: 'present',
          minutesPresent: 400,
          preScore: 60,
          postScore: 85,
        },
      ],
      certificates: [{ code: '35-7K2M-9QXD', issuedOn: '2026-10-06', holderName: 'Siti Rahayu' }],
      trainerQualifications: [
        {
          aspect: 'financial_resilience',
          aspectName: { id: 'Resiliensi keuangan', en: 'Financial resilience' },
          sourceSessionTitle: 'ToT Resiliensi Keuangan',
        },
      ],
      requests: [{ kind: 'access', requesterName: 'Siti Rahayu', status: 'open' }],
    })
    expect(dossier.consents.map((consent) => consent.purpose).sort()).toEqual(['contact', 'directory', 'national'])
    expect(dossier.disclosures).toEqual(
      [first, second].map((path, index) => ({
        bundleId: expect.any(Number),
        kind: 'changes',
        createdAt: expect.stringMatching(/^2026-11-01T0[23]:00:00/),
        fileName: basename(path),
        sequence: index + 1,
        recipient: 'national',
        recipientName: 'Sekretariat Nasional',
        identifying: true,
      })),
    )
    // Without consent to be shared, Budi travelled without his name, and the dossier says so.
    expect(personDossier(jatim.database, budi).disclosures.map((bundle) => bundle.identifying)).toEqual([false, false])
  })

  it('records what each bundle carried: one row per person in the file, the name as the file has it', async () => {
    const { jatim, organisation } = await provinceAndNation()
    for (let i = 0; i < 40; i++)
      addPerson(jatim, organisation, { name: `Orang ${i}`, national: i % 3 !== 0, consent: i % 2 === 0 })
    const path = await exportFrom(jatim)
    const inFile = bundleRows(jatim.database, path, 'people')
    const recorded = jatim.database.sqlite
      .prepare(
        `SELECT person_id AS id, identifying FROM bundle_people
         WHERE bundle_id = (SELECT max(id) FROM sync_bundles WHERE direction = 'out')`,
      )
      .all() as { id: string; identifying: number }[]
    const byId = new Map(recorded.map((row) => [row.id, row.identifying === 1]))
    expect(byId.size).toBe(40)
    for (const row of inFile) expect(byId.get(row.id), row.id).toBe('name' in row.values)
    expect([...byId.values()].filter(Boolean)).toHaveLength(26)
  })

  it("lists the national copy handed back to a hub among the national instance's disclosures", async () => {
    const { jatim, national, organisation } = await provinceAndNation()
    const siti = addPerson(jatim, organisation, { name: 'Siti Rahayu' })
    importInto(national, await exportFrom(jatim))
    const path = join(national.directory, 'pemulihan.lokadaya')
    await exportRebuildBundle(national.database, national.keyStore, jatim.identity.hubId, path, '0.0.0-test')
    expect(personDossier(national.database, siti).disclosures).toEqual([
      expect.objectContaining({
        kind: 'rebuild',
        fileName: 'pemulihan.lokadaya',
        recipient: 'hub',
        recipientName: 'Forum OMS Jawa Timur',
        identifying: true,
      }),
    ])
  })

  it('refuses a person the hub does not know, and keeps only what remains of an erased one', async () => {
    const { jatim, organisation } = await provinceAndNation()
    expect(() => personDossier(jatim.database, '01900000-0000-7000-8000-0000000000ff')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    )
    const siti = addPerson(jatim, organisation, { name: 'Siti Rahayu', phone: '+6281234567890', consent: true })
    erasePerson(jatim.database, siti)
    const dossier = personDossier(jatim.database, siti)
    expect(dossier.person).toMatchObject({ name: '', phone: null, birthYear: null, ageBand: 'over30' })
    expect(dossierJson(dossier)).not.toContain('Siti')
    expect(dossierSheet(dossier, 'id', 'WIB').title).toBe(
      'Data pribadi yang disimpan Forum OMS Jawa Timur tentang orang yang datanya sudah dihapus',
    )
  })
})

/** The CSV's rows as a spreadsheet reads them: section, field, value. */
const csvRows = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trimEnd(), { delimiter: ';' }).data

async function sitiWithHistory() {
  const context = await provinceAndNation()
  const { jatim, organisation } = context
  const siti = addPerson(jatim, organisation, { name: 'Siti Rahayu', phone: '+6281234567890', consent: true })
  historyOfSiti(jatim, siti)
  importInto(context.national, await exportFrom(jatim))
  return { ...context, siti, dossier: personDossier(jatim.database, siti) }
}

describe('the exports of a person’s data', () => {
  it('JSON round-trips to the dossier, key for key', async () => {
    const { dossier } = await sitiWithHistory()
    const parsed = JSON.parse(dossierJson(dossier)) as PersonDossier
    expect(parsed).toEqual(dossier)
    expect(Object.keys(parsed)).toEqual([
      'format',
      'formatVersion',
      'exportedAt',
      'controller',
      'person',
      'affiliations',
      'consents',
      'participations',
      'certificates',
      'stories',
      'trainerQualifications',
      'requests',
      'disclosures',
    ])
  })

  it('CSV is one section;field;value table with the JSON’s key names, formulas made text', async () => {
    const { dossier } = await sitiWithHistory()
    const bytes = dossierCsv(dossier)
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const rows = csvRows(bytes.toString('utf8'))
    expect(rows[0]).toEqual(['section', 'field', 'value'])
    expect(rows).toContainEqual(['file', 'format', 'lokadaya-person-data'])
    expect(rows).toContainEqual(['person', 'name', 'Siti Rahayu'])
    expect(rows).toContainEqual(['person', 'organisationName', 'Yayasan Bina Désa'])
    expect(rows).toContainEqual(['person', 'consentPurposes', 'directory,contact,national'])
    expect(rows).toContainEqual(['person', 'notes', `'=HYPERLINK("http://contoh.test")`])
    expect(rows).toContainEqual(['trainerQualifications.1', 'aspectName.id', 'Resiliensi keuangan'])
    expect(rows).toContainEqual(['disclosures.1', 'identifying', 'true'])
    expect(rows.filter(([section]) => /^consents\.\d+$/.test(section ?? '') === true).length).toBeGreaterThan(0)
    expect(rows.every((row) => row.length === 3)).toBe(true)
  })

  it('the printed copy says it all in Bahasa Indonesia, times in the hub’s zone', async () => {
    const { dossier } = await sitiWithHistory()
    const sheet = dossierSheet(dossier, 'id', 'WIB')
    const section = (key: string) => sheet.sections.find((candidate) => candidate.key === key)
    const value = (key: string, label: string, item = 0) =>
      section(key)?.items[item]?.find((row) => row.label === label)?.value
    expect(sheet.title).toBe('Data pribadi Siti Rahayu yang disimpan Forum OMS Jawa Timur')
    expect(sheet.lead).toContain('Pasal 7 dan 32')
    expect(sheet.madeAt).toBe('Dibuat 1 Nov 2026 09.00 WIB.')
    expect(sheet.contact).toBe(
      'Untuk pertanyaan, perbaikan, atau permintaan lain tentang data ini, hubungi sekretariat Forum OMS Jawa Timur.',
    )
    expect(sheet.sections.map((candidate) => candidate.heading)).toEqual([
      'Data diri',
      'Keanggotaan OMS',
      'Persetujuan',
      'Keikutsertaan dalam CoP & ToT',
      'Sertifikat',
      'Cerita perubahan yang menyebut atau menampilkan Anda',
      'Kualifikasi pelatih',
      'Permintaan tentang data Anda',
      'Ke mana data Anda dikirim',
    ])
    expect(value('person', 'Jenis kelamin')).toBe('Perempuan')
    expect(value('person', 'Peran')).toBe('Ketua/pimpinan')
    expect(value('person', 'Persetujuan yang berlaku')).toBe(
      'Direktori hub, Dihubungi jaringan, Dibagikan ke tim nasional',
    )
    expect(value('participations', 'Waktu')).toBe('5 Okt 2026 09.00 WIB')
    expect(value('participations', 'Kehadiran')).toBe('Hadir')
    expect(value('participations', 'Lama hadir')).toBe('400 menit')
    expect(value('stories', 'Cerita')).toBe('Bu Siti dan bank sampah')
    expect(value('stories', 'Inisiatif')).toBe('Bank sampah Kota Madiun')
    expect(value('stories', 'Status cerita')).toBe('Draf (tidak dipublikasikan)')
    expect(value('trainerQualifications', 'Aspek')).toBe('Resiliensi keuangan')
    expect(value('requests', 'Jenis')).toBe('Melihat data')
    expect(value('disclosures', 'Dikirim kepada')).toBe('Tim nasional (Sekretariat Nasional)')
    expect(value('disclosures', 'Yang ikut')).toBe('Nama dan rincian, dengan persetujuan Anda')
    expect(section('disclosures')?.note).toContain('tanpa nama')
    expect(dossierSheet(dossier, 'en', 'WIB').sections[0]?.heading).toBe('Personal details')
  })
})

describe('privacy:exportPerson', () => {
  async function withDialogs() {
    const context = await sitiWithHistory()
    const dialogs = scriptedDialogs()
    const printer: PagePrinter = { printPage: vi.fn(async () => Buffer.from('%PDF-1.7 data pribadi')) }
    const { database, keyStore, directory } = context.jatim
    const registry = createAppRegistry({ database, keyStore, appVersion: 'test', files: dialogs, printer }, () => {})
    const invoke = async <T>(channel: string, input: unknown) => {
      const result = (await registry.invoke(channel, input)) as Result<T>
      if (!result.ok) throw new Error(result.error.message)
      return result.value
    }
    return { ...context, dialogs, printer, registry, invoke, directory }
  }

  it('saves JSON and CSV where the user chose, readable by this user only; a cancel saves nothing', async () => {
    const { siti, dialogs, invoke, directory, jatim } = await withDialogs()
    expect(await invoke('privacy:exportPerson', { personId: siti, format: 'json' })).toBeNull()
    dialogs.answerSave(join(directory, 'siti.json'))
    const saved = await invoke<SavedDossier>('privacy:exportPerson', { personId: siti, format: 'json' })
    expect(saved).toEqual({ file: 'siti.json', bytes: statSync(join(directory, 'siti.json')).size, format: 'json' })
    expect(statSync(join(directory, 'siti.json')).mode & 0o777).toBe(0o600)
    const parsed = JSON.parse(readFileSync(join(directory, 'siti.json'), 'utf8')) as PersonDossier
    expect(parsed).toEqual(personDossier(jatim.database, siti))
    dialogs.answerSave(join(directory, 'siti.csv'))
    expect(await invoke('privacy:exportPerson', { personId: siti, format: 'csv' })).toMatchObject({ format: 'csv' })
    expect(csvRows(readFileSync(join(directory, 'siti.csv'), 'utf8'))).toContainEqual(['person', 'name', 'Siti Rahayu'])
    expect(dialogs.asked).toEqual([
      { kind: 'json', suggestedName: 'Data-pribadi-Siti-Rahayu-2026-11-01.json' },
      { kind: 'json', suggestedName: 'Data-pribadi-Siti-Rahayu-2026-11-01.json' },
      { kind: 'csv', suggestedName: 'Data-pribadi-Siti-Rahayu-2026-11-01.csv' },
    ])
  })

  it('prints the PDF from the page of the person’s data, which reads privacy:dossierSheet', async () => {
    const { siti, dialogs, printer, invoke, directory } = await withDialogs()
    dialogs.answerSave(join(directory, 'siti.pdf'))
    expect(await invoke('privacy:exportPerson', { personId: siti, format: 'pdf' })).toEqual({
      file: 'siti.pdf',
      bytes: 21,
      format: 'pdf',
    })
    // In Bahasa Indonesia unless asked otherwise: the copy is the person's, whatever the app speaks.
    expect(printer.printPage).toHaveBeenCalledWith(`/print/dossier/${siti}/id`)
    dialogs.answerSave(join(directory, 'siti-en.pdf'))
    await invoke('privacy:exportPerson', { personId: siti, format: 'pdf', language: 'en' })
    expect(printer.printPage).toHaveBeenLastCalledWith(`/print/dossier/${siti}/en`)
    const sheet = await invoke<DossierSheet>('privacy:dossierSheet', { personId: siti, language: 'id' })
    expect(sheet.title).toBe('Data pribadi Siti Rahayu yang disimpan Forum OMS Jawa Timur')
    const english = await invoke<DossierSheet>('privacy:dossierSheet', { personId: siti, language: 'en' })
    expect(english.title).toMatch(/^Personal data of Siti Rahayu/)
  })

  it('refuses a person it does not know before any dialog opens, and a format it does not make', async () => {
    const { registry, dialogs } = await withDialogs()
    const unknown = '01900000-0000-7000-8000-0000000000ff'
    expect(await registry.invoke('privacy:exportPerson', { personId: unknown, format: 'json' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await registry.invoke('privacy:exportPerson', { personId: unknown, format: 'xml' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    })
    expect(dialogs.asked).toEqual([])
  })
})

const hasLibreOffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

// Skipped, with the reason in its name, where LibreOffice is not installed.
describe(`a person’s CSV in LibreOffice Calc${hasLibreOffice ? '' : ' (skipped: soffice not found, apt-get install libreoffice-calc-nogui)'}`, () => {
  it.skipIf(!hasLibreOffice)(
    'opens as three columns, every cell as written, accents and line breaks kept',
    async () => {
      const { jatim, siti } = await sitiWithHistory()
      syncWrite(jatim.database, (writer) => writer.update(people, siti, { notes: 'Baris satu;\nbaris "dua"' }))
      const bytes = dossierCsv(personDossier(jatim.database, siti))
      const directory = mkdtempSync(join(tmpdir(), 'lokadaya-calc-'))
      onTestFinished(() => rmSync(directory, { recursive: true, force: true }))
      writeFileSync(join(directory, 'siti.csv'), bytes)
      execFileSync(
        'soffice',
        [
          // A profile of its own, so a Calc the user has open (or another test) is neither used nor disturbed.
          `-env:UserInstallation=file://${join(directory, 'profile')}`,
          '--headless',
          // As the file is: ";" separated, '"' quoted, UTF-8, from line 1, each column read as text.
          '--infilter=CSV:59,34,76,1,1/2/2/2/3/2',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1',
          '--outdir',
          join(directory, 'calc'),
          join(directory, 'siti.csv'),
        ],
        { stdio: 'ignore', timeout: 150_000 },
      )
      const read = Papa.parse<string[]>(readFileSync(join(directory, 'calc', 'siti.csv'), 'utf8').trimEnd(), {
        delimiter: ',',
      }).data
      expect(read).toEqual(csvRows(bytes.toString('utf8')))
      expect(read).toContainEqual(['person', 'organisationName', 'Yayasan Bina Désa'])
      expect(read).toContainEqual(['person', 'notes', 'Baris satu;\nbaris "dua"'])
    },
    180_000,
  )
})

describe('a phone in the person’s copy', () => {
  it('reads as on screen, "+62 812-3456-7890", in the CSV and the printed copy; the JSON keeps E.164', async () => {
    const { dossier } = await sitiWithHistory()
    expect(csvRows(dossierCsv(dossier).toString('utf8'))).toContainEqual(['person', 'phone', '+62 812-3456-7890'])
    const person = dossierSheet(dossier, 'id', 'WIB').sections[0]?.items[0]
    expect(person?.find((row) => row.label === 'Telepon')?.value).toBe('+62 812-3456-7890')
    expect((JSON.parse(dossierJson(dossier)) as PersonDossier).person.phone).toBe('+6281234567890')
  })

  it('names a request as the register on screen does', async () => {
    const { dossier } = await sitiWithHistory()
    const requests = dossierSheet(dossier, 'id', 'WIB').sections.find((section) => section.key === 'requests')
    expect(requests?.items[0]?.find((row) => row.label === 'Jenis')?.value).toBe('Melihat data')
    expect(dossierSheet(dossier, 'id', 'WIB').lead).toContain('Pasal 7 dan 32')
  })

  it.skipIf(!hasLibreOffice)(
    'stays text with its "+" when Calc opens the CSV with its usual detection, saved as XLSX',
    async () => {
      const { jatim, siti } = await sitiWithHistory()
      const directory = mkdtempSync(join(tmpdir(), 'lokadaya-calc-'))
      onTestFinished(() => rmSync(directory, { recursive: true, force: true }))
      writeFileSync(join(directory, 'siti.csv'), dossierCsv(personDossier(jatim.database, siti)))
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(directory, 'profile')}`,
          '--headless',
          // ";" separated, '"' quoted, UTF-8, from line 1, and no column types: as a user opens it.
          '--infilter=CSV:59,34,76,1',
          '--convert-to',
          'xlsx',
          '--outdir',
          join(directory, 'calc'),
          join(directory, 'siti.csv'),
        ],
        { stdio: 'ignore', timeout: 150_000 },
      )
      const { default: readXlsxFile } = await import('read-excel-file/node')
      const [sheet] = await readXlsxFile(readFileSync(join(directory, 'calc', 'siti.xlsx')))
      const phone = sheet?.data.find((row) => row[0] === 'person' && row[1] === 'phone')
      expect(phone?.[2]).toBe('+62 812-3456-7890')
    },
    180_000,
  )
})
