import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { SessionDetail } from '../../shared/cop'
import type { ProcessingRecord } from '../../shared/privacy-records'
import type { PrintedFile } from '../../shared/printing'
import { createTranslator } from '../../shared/i18n/translate'
import { writeBackupChoice } from '../backup/settings'
import { copServices } from '../cop/testing'
import { fingerprint } from '../hub/keys'
import { ok, saved, savedPerson } from '../members/records/testing'
import { ownKey } from '../sync/keys'
import { exportFrom, keyFileOf, newInstance, type Instance } from '../sync/testing'
import { enrolKey } from '../sync/trust'
import { syncedTables } from '../sync/tables'
import { scriptedDialogs } from '../testing/dialogs'

type Context = Awaited<ReturnType<typeof copServices>>

const record = async ({ registry }: Context) =>
  ok<ProcessingRecord>(await registry.invoke('privacy:processingRecord', undefined))

/**
 * The CoP hub of 18 Mei 2026 (five people listed and named in reports, by consent), and besides:
 * two children, one with a guardian's consent to be shared nationally; Siti consenting to be shared
 * and contacted; Dewi's processing restricted; Wati erased; a supporter with a phone number; and a
 * session Siti and Budi attended.
 */
async function recordedHub() {
  const context = await copServices()
  const { registry, binaDesa, people } = context
  const consent = (personId: string, purposes: string[], extra: Record<string, unknown> = {}) =>
    registry.invoke('privacy:recordConsent', {
      personId,
      purposes,
      action: 'given',
      recordedOn: '2026-05-04',
      method: 'paper',
      recordedBy: 'Sekretariat Forum OMS Jawa Timur',
      ...extra,
    })
  const rina = await savedPerson(registry, binaDesa, 'Rina Kartika', { birthYear: 2012, allowDuplicates: true })
  const putri = await savedPerson(registry, binaDesa, 'Putri Ayu', { birthYear: 2010, allowDuplicates: true })
  ok(await consent(rina, ['national'], { guardianName: 'Suparman' }))
  ok(await consent(people.siti, ['national', 'contact']))
  ok(await registry.invoke('privacy:restrict', { personId: people.dewi, restricted: true }))
  ok(await registry.invoke('privacy:erase', { personId: people.wati }))
  saved(
    await registry.invoke('supporters:create', {
      name: 'Haji Sulaiman',
      kind: 'individual',
      phone: '081234567890',
      allowDuplicates: true,
    }),
  )
  const session = ok<SessionDetail>(
    await registry.invoke('cop:createSession', {
      title: 'Webinar Resiliensi Keuangan OMS',
      aspect: 'financial_resilience',
      format: 'webinar',
      startsAt: '2026-05-11T09:00',
      endsAt: '2026-05-11T11:00',
    }),
  )
  ok(await registry.invoke('cop:register', { sessionId: session.id, personIds: [people.siti, people.budi] }))
  return { ...context, rina, putri }
}

/** This hub as a sync instance, for bundles and keys. */
const instanceOf = (context: Context): Instance => ({
  name: context.hub.name,
  database: context.database,
  keyStore: context.keyStore,
  identity: context.hub,
  directory: context.directory,
  clock: context.clock,
})

describe('the record of processing activities', () => {
  it('lists the kinds of data held with the fields the tables declare and live counts', async () => {
    const context = await recordedHub()
    const { categories } = await record(context)
    const category = (key: string) => categories.find((found) => found.key === key)
    expect(categories.map((found) => found.key)).toEqual([
      'people',
      'affiliations',
      'organisations',
      'supporters',
      'consents',
      'attendance',
      'certificates',
      'stories',
      'requests',
    ])
    expect(category('stories')).toMatchObject({
      count: 0,
      fields: expect.arrayContaining(['narrative', 'photos', 'people']),
      details: { withPeople: 0 },
    })
    expect(category('people')).toMatchObject({
      table: 'people',
      count: 7,
      details: { withBirthYear: 5, withPhone: 0, withEmail: 1, restricted: 1, erased: 1 },
    })
    expect(category('people')?.fields).toEqual(
      expect.arrayContaining(['name', 'gender', 'birth_year', 'role', 'phone', 'email', 'notes', 'consent_purposes']),
    )
    // Keys and sync bookkeeping say nothing about anyone.
    for (const found of categories)
      expect(
        found.fields.filter((field) => ['id', 'hub_id', 'hlc', 'field_clocks', 'name_key'].includes(field)),
      ).toEqual([])
    expect(category('organisations')).toMatchObject({ count: 2, details: { withPhone: 0, withEmail: 0 } })
    expect(category('supporters')).toMatchObject({ count: 1, details: { withContact: 1, contactConsent: 0 } })
    expect(category('supporters')?.fields).toEqual(
      expect.arrayContaining(['contact_person', 'phone', 'email', 'address']),
    )
    // Five people listed and named (two records each), Rina's guardian, Siti's two.
    expect(category('consents')).toMatchObject({
      count: 13,
      details: { given: 13, withdrawn: 0, withGuardian: 1, withProof: 0 },
    })
    expect(category('attendance')).toMatchObject({ count: 2, details: { people: 2 } })
    expect(category('certificates')).toMatchObject({ count: 0, fields: expect.arrayContaining(['holder_name']) })
    expect(category('requests')).toMatchObject({ count: 0, details: { open: 0 } })
  })

  it('counts, per purpose, the people who consent now, and the children and their guardians', async () => {
    const context = await recordedHub()
    const { purposes, children, highRisk, year, controller } = await record(context)
    expect(controller).toMatchObject({ role: 'hub', name: 'Forum OMS Jawa Timur', provinceName: 'Jawa Timur' })
    // Wati is erased: she is about nothing any more.
    expect(purposes).toEqual({
      people: 6,
      restricted: 1,
      byPurpose: [
        { purpose: 'directory', people: 4 },
        { purpose: 'contact', people: 1 },
        { purpose: 'national', people: 2 },
        { purpose: 'publication', people: 4 },
      ],
    })
    expect(year).toBe(2026)
    expect(children).toEqual({ minors: 2, guardianConsents: 1, noConsent: 1, unknownBirthYear: 1 })
    expect(highRisk).toEqual(['children'])
  })

  it('says what travels in a bundle as the sync declarations decide it, and to whom', async () => {
    const context = await recordedHub()
    const before = await record(context)
    const travels = (table: string) => before.recipients.travels.find((found) => found.table === table)
    expect(travels('people')?.withheld).toEqual([
      {
        columns: ['name', 'notes'],
        when: { never: false, purposes: ['national'], consentFlag: false, notRestricted: true, notErased: true },
      },
      {
        columns: ['phone', 'email'],
        when: {
          never: false,
          purposes: ['contact', 'national'],
          consentFlag: false,
          notRestricted: true,
          notErased: true,
        },
      },
    ])
    expect(travels('people')?.always).toEqual(expect.arrayContaining(['gender', 'birth_year', 'role']))
    expect(travels('people')?.always).not.toContain('name')
    expect(travels('supporters')?.withheld).toEqual([
      {
        columns: ['contact_person', 'phone', 'email', 'address'],
        when: { never: false, purposes: [], consentFlag: true, notRestricted: false, notErased: false },
      },
    ])
    expect(travels('consent_records')?.withheld).toEqual([
      {
        columns: ['proof_sha256'],
        when: { never: true, purposes: [], consentFlag: false, notRestricted: false, notErased: false },
      },
    ])
    // A certificate's holder name travels as the holder's own name does.
    expect(travels('cop_certificates')?.withheld).toEqual([
      {
        columns: ['holder_name'],
        when: { never: false, purposes: ['national'], consentFlag: false, notRestricted: true, notErased: true },
      },
    ])
    expect(before.recipients.travels.map((found) => found.table)).not.toContain('privacy_requests')
    expect(before.recipients.stays).toEqual(['privacy_requests', 'bundle_people', 'merges'])
    expect(before.recipients).toMatchObject({ trusted: [], bundlesOut: 0, lastBundleAt: null, peopleNamedInBundles: 0 })

    const national = await newInstance('Sekretariat Nasional', null, context.clock.now)
    enrolKey(
      context.database,
      await keyFileOf(national),
      fingerprint(ownKey(national.database, national.identity).publicKey),
    )
    await exportFrom(instanceOf(context))
    const after = await record(context)
    expect(after.recipients.trusted).toEqual([
      {
        name: 'Sekretariat Nasional',
        role: 'national',
        provinceCode: null,
        relation: 'national',
        fingerprint: fingerprint(national.identity.publicKey),
        enrolledAt: new Date(context.clock.now).toISOString(),
      },
    ])
    expect(after.recipients).toMatchObject({
      bundlesOut: 1,
      lastBundleAt: expect.stringMatching(/^2026-05-18T/),
      // Siti and Rina consent to be shared; Dewi's restriction holds her name back.
      peopleNamedInBundles: 2,
    })
    expect(after.highRisk).toEqual(['children', 'combination'])
  })

  it('states the safeguards as this installation has them, and the retention periods', async () => {
    const context = await recordedHub()
    const first = await record(context)
    const withheld = syncedTables
      .flatMap((table) => table.declaration.personal ?? [])
      .flatMap((group) => group.columns).length
    expect(first.safeguards).toEqual({
      signedBundles: true,
      signingKey: 'userFile',
      withheldFields: withheld,
      secureDelete: true,
      privateFiles: process.platform === 'win32' ? null : true,
      backups: {
        folderChosen: false,
        scheduled: false,
        lastAt: null,
        kept: { daily: 7, weekly: 4, monthly: 12 },
      },
      restricted: 1,
      erased: 1,
    })
    expect(withheld).toBe(15)
    expect(first.retention).toEqual({
      periods: { directory: 5, participants: 5, supporters: 5 },
      peopleToReview: 0,
      supportersToReview: 0,
    })

    writeBackupChoice(context.database.orm, { folder: context.directory })
    ok(await context.registry.invoke('privacy:setRetention', { directory: 3, participants: 2, supporters: 1 }))
    const second = await record(context)
    expect(second.safeguards.backups).toMatchObject({ folderChosen: true, scheduled: true })
    expect(second.retention.periods).toEqual({ directory: 3, participants: 2, supporters: 1 })
    expect(second.generatedAt).toBe('2026-05-18T03:00:00.000Z')
    expect(second.timeZone).toBe('WIB')
  })

  it('has words in both languages for every field, table and purpose it names', async () => {
    const { categories, recipients } = await record(await recordedHub())
    const named = [
      ...categories.flatMap((category) => category.fields),
      ...recipients.travels.flatMap((table) => [...table.always, ...table.withheld.flatMap((group) => group.columns)]),
    ]
    for (const language of ['id', 'en'] as const) {
      const t = createTranslator(language)
      const missing = (key: string) => t({ key }) === key
      expect([...new Set(named)].filter((field) => missing(`privacy.record.field.${field}`))).toEqual([])
      expect(categories.filter((category) => missing(`privacy.record.categories.${category.key}`))).toEqual([])
      expect(recipients.stays.filter((table) => missing(`privacy.record.recipients.local.${table}`))).toEqual([])
      for (const category of categories)
        expect(
          Object.keys(category.details).filter((detail) => missing(`privacy.record.categories.details.${detail}`)),
        ).toEqual([])
    }
  })
})

describe('privacy:printProcessingRecord', () => {
  it("prints the record's page to the PDF chosen, named for the hub and the day, in the app's language", async () => {
    const context = await copServices()
    const dialogs = scriptedDialogs()
    const printer = { printPage: vi.fn(async () => Buffer.from('%PDF-1.7 catatan')) }
    context.services.files = dialogs
    context.services.printer = printer
    dialogs.answerSave(join(context.directory, 'catatan.pdf'))
    const printed = ok<PrintedFile>(await context.registry.invoke('privacy:printProcessingRecord', undefined))
    expect(printed).toEqual({ file: 'catatan.pdf', bytes: 16 })
    expect(printer.printPage).toHaveBeenCalledWith('/print/processing-record')
    expect(readFileSync(join(context.directory, 'catatan.pdf'), 'latin1')).toBe('%PDF-1.7 catatan')

    ok(await context.registry.invoke('settings:setLanguage', { language: 'en' }))
    expect(ok(await context.registry.invoke('privacy:printProcessingRecord', undefined))).toBeNull()
    expect(dialogs.asked).toEqual([
      { kind: 'pdf', suggestedName: 'Catatan-pemrosesan-Forum-OMS-Jawa-Timur-2026-05-18.pdf' },
      { kind: 'pdf', suggestedName: 'Record-of-processing-Forum-OMS-Jawa-Timur-2026-05-18.pdf' },
    ])
    expect(printer.printPage).toHaveBeenCalledTimes(1)
  })
})
