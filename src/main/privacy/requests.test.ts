import { describe, expect, it } from 'vitest'
import { formatDateTime, utcToZoned } from '../../shared/format'
import type { OpenRequestInput } from '../../shared/privacy'
import { addOrganisation, addPerson, newInstance } from '../sync/testing'
import { appErrorFrom } from '../testing/errors'
import { closeRequest, listRequests, openRequest, overdueRequests } from './requests'

const HOUR = 3_600_000

/** A request as the register's form sends it: the receipt typed as the hub's wall clock reads it. */
const request = (receivedAt: string, extra: Partial<OpenRequestInput> = {}): OpenRequestInput => ({
  kind: 'access',
  personId: null,
  requesterName: 'Andi Pratama',
  receivedAt,
  verification: 'KTP dicocokkan dengan data di direktori',
  ...extra,
})

// 2 Des 2026 10.00 WIB = 11.00 WITA = 12.00 WIT: after every receipt below.
const afterwards = Date.parse('2026-12-02T03:00:00Z')

/** A hub in each of Indonesia's three zones, their clocks on the same instant. */
async function hubsInEachZone(start = afterwards) {
  return {
    jatim: await newInstance('Forum OMS Jawa Timur', '35', start),
    sulsel: await newInstance('Forum OMS Sulawesi Selatan', '73', start),
    papua: await newInstance('Jaringan OMS Papua', '91', start),
  }
}

describe('personal data requests: due in 3×24 hours', () => {
  it('reads the receipt in the hub’s own zone and is due 72 hours later, the same instant in every zone', async () => {
    const { jatim, sulsel, papua } = await hubsInEachZone()
    expect([jatim.identity.timeZone, sulsel.identity.timeZone, papua.identity.timeZone]).toEqual(['WIB', 'WITA', 'WIT'])

    const makassar = openRequest(sulsel.database, request('2026-12-01T09:00'))
    expect(makassar.receivedAt).toBe('2026-12-01T01:00:00.000Z')
    expect(makassar.dueAt).toBe('2026-12-04T01:00:00.000Z')
    // 4 Des 2026 09.00 WITA is 08.00 in Surabaya and 10.00 in Jayapura.
    expect(formatDateTime(makassar.dueAt, 'WITA')).toBe('4 Des 2026 09.00 WITA')
    expect(formatDateTime(makassar.dueAt, 'WIB')).toBe('4 Des 2026 08.00 WIB')
    expect(formatDateTime(makassar.dueAt, 'WIT')).toBe('4 Des 2026 10.00 WIT')

    // Each hub received one at 09.00 on its own clock: each is due at 09.00 on its own clock, three
    // days on, and the three instants an hour apart.
    const surabaya = openRequest(jatim.database, request('2026-12-01T09:00'))
    const jayapura = openRequest(papua.database, request('2026-12-01T09:00'))
    expect(utcToZoned(surabaya.dueAt, 'WIB')).toBe('2026-12-04T09:00')
    expect(utcToZoned(jayapura.dueAt, 'WIT')).toBe('2026-12-04T09:00')
    expect(Date.parse(surabaya.dueAt) - Date.parse(makassar.dueAt)).toBe(HOUR)
    expect(Date.parse(makassar.dueAt) - Date.parse(jayapura.dueAt)).toBe(HOUR)

    // The one moment typed as each hub reads it is one due time.
    const sameMoment = [
      openRequest(jatim.database, request('2026-12-01T08:00')),
      openRequest(papua.database, request('2026-12-01T10:00')),
    ]
    expect(sameMoment.map((opened) => opened.dueAt)).toEqual([makassar.dueAt, makassar.dueAt])
  })

  it('refuses a receipt still to come, by the hub’s own clock', async () => {
    // 1 Des 2026 02.00 UTC: 09.00 in Surabaya, 10.00 in Makassar, 11.00 in Jayapura.
    const { jatim, sulsel, papua } = await hubsInEachZone(Date.parse('2026-12-01T02:00:00Z'))
    for (const hub of [jatim, sulsel]) {
      const refused = await appErrorFrom(() => openRequest(hub.database, request('2026-12-01T10:30')))
      expect(refused.code).toBe('VALIDATION')
      expect(refused.fieldMessages).toEqual({ receivedAt: { key: 'privacy.validation.receivedAt' } })
      expect(listRequests(hub.database)).toEqual([])
    }
    // 10.30 has passed in Jayapura.
    expect(openRequest(papua.database, request('2026-12-01T10:30')).receivedAt).toBe('2026-12-01T01:30:00.000Z')
    // A minute's grace for a clock that runs a little behind the one on the wall.
    expect(openRequest(jatim.database, request('2026-12-01T09:01')).status).toBe('open')
  })

  it('turns overdue once 72 hours have passed, on the register and for Beranda, until answered', async () => {
    const { sulsel } = await hubsInEachZone(Date.parse('2026-12-01T01:30:00Z'))
    const organisation = addOrganisation(sulsel, 'Yayasan Pesisir Makassar', '73.71')
    const person = addPerson(sulsel, organisation, { name: 'Andi Pratama' })
    const opened = openRequest(sulsel.database, request('2026-12-01T09:00', { kind: 'erasure', personId: person }))
    // With the person's OMS, so a register of two Andi Pratamas tells them apart.
    expect(opened).toMatchObject({
      personName: 'Andi Pratama',
      personOrganisation: 'Yayasan Pesisir Makassar',
      status: 'open',
      overdue: false,
    })
    const other = openRequest(sulsel.database, request('2026-12-01T09:20', { requesterName: 'Rina Wulandari' }))
    expect(other).toMatchObject({ personId: null, personName: null, personOrganisation: null })

    sulsel.clock.now = Date.parse(opened.dueAt)
    expect(overdueRequests(sulsel.database)).toEqual([])
    sulsel.clock.now = Date.parse(opened.dueAt) + 1
    expect(overdueRequests(sulsel.database).map((late) => late.id)).toEqual([opened.id])
    expect(listRequests(sulsel.database).map((row) => [row.id, row.overdue])).toEqual([
      [opened.id, true],
      [other.id, false],
    ])

    sulsel.clock.now = Date.parse(opened.dueAt) + HOUR
    const answered = closeRequest(sulsel.database, {
      id: opened.id,
      status: 'done',
      outcome: 'Data dihapus dari direktori; pemohon diberi tahu lewat telepon.',
    })
    expect(answered).toMatchObject({ status: 'done', overdue: false, closedAt: '2026-12-04T02:00:00.000Z' })
    expect(overdueRequests(sulsel.database).map((late) => late.id)).toEqual([other.id])
    // Answered ones go below the open ones.
    expect(listRequests(sulsel.database).map((row) => row.id)).toEqual([other.id, opened.id])
  })

  it('refuses to answer a request twice, keeping the first answer', async () => {
    const { jatim } = await hubsInEachZone()
    const opened = openRequest(jatim.database, request('2026-12-01T09:00'))
    const first = closeRequest(jatim.database, { id: opened.id, status: 'refused', outcome: 'Identitas tidak cocok.' })
    const again = await appErrorFrom(() =>
      closeRequest(jatim.database, { id: opened.id, status: 'done', outcome: 'Salinan data diserahkan.' }),
    )
    expect(again.code).toBe('VALIDATION')
    expect(again.userMessage.key).toBe('privacy.requestClosed')
    expect(listRequests(jatim.database)).toEqual([first])
    expect(first).toMatchObject({ status: 'refused', outcome: 'Identitas tidak cocok.' })
  })
})
