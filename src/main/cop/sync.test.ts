import { describe, expect, it } from 'vitest'
import { registerInput, sessionFields, setAttendanceInput, setScoresInput } from '../../shared/cop'
import type { ConsentPurpose } from '../../shared/privacy'
import { recordConsent } from '../privacy/consent'
import { bundleRows } from '../privacy/carried'
import { giveConsent } from '../privacy/testing'
import { syncDigest } from '../sync/digest'
import {
  addOrganisation,
  addPerson,
  exportFrom,
  importInto,
  joinInstance,
  newInstance,
  trust,
  type Instance,
} from '../sync/testing'
import { verifyCertificate, issueCertificates } from './certificates'
import { cascade } from './cascade'
import { sessionDetail } from './detail'
import { register, setAttendance, setScores } from './participants'
import { changeSessionStatus, createSession } from './sessions'
import { graduate } from './trainers'

const tot = (instance: Instance, facilitatorIds: string[] = []) =>
  createSession(
    instance.database,
    sessionFields.parse({
      title: 'ToT Penggalangan Sumber Daya Domestik',
      aspect: 'domestic_resource_mobilisation',
      format: 'tot',
      startsAt: '2026-10-20T08:00',
      endsAt: '2026-10-20T16:00',
      facilitatorIds,
    }),
  )

/** A Jawa Timur ToT graduate, Siti, with a certificate, and a national instance trusting the hub. */
async function certified(purposes: ConsentPurpose[]) {
  const jatim = await newInstance('Forum OMS Jawa Timur', '35')
  const national = await newInstance('Sekretariat Nasional', null)
  await trust(national, jatim)
  const oms = addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
  const siti = addPerson(jatim, oms, { name: 'Siti Rahayu', purposes })
  const session = tot(jatim)
  const { participants } = register(jatim.database, registerInput.parse({ sessionId: session.id, personIds: [siti] }))
  const participantId = participants[0]?.id ?? ''
  setAttendance(
    jatim.database,
    setAttendanceInput.parse({ sessionId: session.id, changes: [{ participantId, status: 'present' }] }),
  )
  setScores(
    jatim.database,
    setScoresInput.parse({ sessionId: session.id, scores: [{ participantId, preScore: 40, postScore: 90 }] }),
  )
  changeSessionStatus(jatim.database, { id: session.id, status: 'done' })
  graduate(jatim.database, participantId)
  issueCertificates(jatim.database, { sessionId: session.id, participantIds: [participantId] })
  const code = sessionDetail(jatim.database, session.id).participants[0]?.certificate?.code ?? ''
  return { jatim, national, siti, code }
}

describe('CoP & ToT between instances', () => {
  it("converges a trainer's laptop and the secretariat marking one session, with one registration per person", async () => {
    const secretariat = await newInstance('Forum OMS Jawa Timur', '35')
    const oms = addOrganisation(secretariat, 'Yayasan Bina Desa', '35.19')
    const siti = addPerson(secretariat, oms, { name: 'Siti Rahayu', purposes: ['directory', 'national'] })
    const session = tot(secretariat)
    const laptop = await joinInstance(secretariat, 'laptop pelatih')
    // Both register Siti before either hears of the other.
    for (const instance of [secretariat, laptop])
      register(instance.database, registerInput.parse({ sessionId: session.id, personIds: [siti] }))
    const participant = sessionDetail(laptop.database, session.id).participants[0]?.id ?? ''
    setAttendance(
      laptop.database,
      setAttendanceInput.parse({ sessionId: session.id, changes: [{ participantId: participant, status: 'present' }] }),
    )
    setScores(
      secretariat.database,
      setScoresInput.parse({
        sessionId: session.id,
        scores: [{ participantId: participant, preScore: 55, postScore: 85 }],
      }),
    )
    expect(importInto(secretariat, await exportFrom(laptop)).outcome).toBe('accepted')
    expect(importInto(laptop, await exportFrom(secretariat)).outcome).toBe('accepted')
    expect(syncDigest(secretariat.database)).toBe(syncDigest(laptop.database))
    for (const instance of [secretariat, laptop])
      expect(sessionDetail(instance.database, session.id).participants).toMatchObject([
        { name: 'Siti Rahayu', status: 'present', preScore: 55, postScore: 85, eligible: false },
      ])
  })

  it('brings sessions, trainers and certificates to the national instance, which checks a code offline', async () => {
    const { jatim, national, code } = await certified(['directory', 'national'])
    expect(importInto(national, await exportFrom(jatim)).outcome).toBe('accepted')
    expect(verifyCertificate(national.database, code)).toMatchObject({
      valid: true,
      certificate: {
        holderName: 'Siti Rahayu',
        hubName: 'Forum OMS Jawa Timur',
        provinceName: 'Jawa Timur',
        heldFrom: '2026-10-20',
      },
      warnings: [],
    })
    expect(cascade(national.database, null).roots).toMatchObject([
      { title: 'ToT Penggalangan Sumber Daya Domestik', graduates: [{ name: 'Siti Rahayu' }] },
    ])
  })
  it("keeps a holder's name on the hub without consent to share it; the national copy still knows the code", async () => {
    const { jatim, national, siti, code } = await certified(['directory'])
    const holderAtNational = () =>
      national.database.sqlite.prepare('SELECT holder_name FROM cop_certificates WHERE code = ?').pluck().get(code)
    const bundle = await exportFrom(jatim)
    expect(bundleRows(jatim.database, bundle, 'cop_certificates')[0]?.values).not.toHaveProperty('holder_name')
    importInto(national, bundle)
    expect(holderAtNational()).toBe('')
    expect(verifyCertificate(national.database, code)).toMatchObject({
      valid: true,
      certificate: { holderName: '', sessionTitle: 'ToT Penggalangan Sumber Daya Domestik' },
      warnings: ['holderNotHeld'],
    })

    // Consent given later sends the certificate again, with the name, which the code then covers.
    giveConsent(jatim.database, siti, ['national'])
    importInto(national, await exportFrom(jatim))
    expect(holderAtNational()).toBe('Siti Rahayu')
    expect(verifyCertificate(national.database, code)).toMatchObject({ valid: true, warnings: [] })

    // Withdrawn: the national copy forgets the name again.
    recordConsent(jatim.database, {
      personId: siti,
      purposes: ['national'],
      action: 'withdrawn',
      recordedOn: '2026-11-20',
      method: 'verbal',
      recordedBy: 'Sri Wahyuni',
    })
    importInto(national, await exportFrom(jatim))
    expect(holderAtNational()).toBe('')
    expect(syncDigest(national.database, jatim.identity.hubId)).toBe(syncDigest(jatim.database, jatim.identity.hubId))
  })
})
