import { describe, expect, it } from 'vitest'
import type { Certificate, CertificateCheck, IssuedCertificates, SessionDetail } from '../../shared/cop'
import { ok } from '../members/records/testing'
import { recordConsent } from '../privacy/consent'
import { syncWrite } from '../sync/write'
import { expectRefused } from '../testing/refused'
import { copCertificates, copParticipants } from './schema'
import { copServices, heldSession, participantOf } from './testing'

async function certifiedSession() {
  const context = await copServices()
  const { siti, budi, wati } = context.people
  const session = await heldSession(
    context,
    { title: 'Pelatihan Bisnis Sosial', aspect: 'marketing_social_business' },
    [
      { personId: siti, status: 'present', pre: 50, post: 85 },
      { personId: budi, status: 'present', pre: 50, post: 60 },
      { personId: wati, status: 'partial', pre: 50, post: 90 },
    ],
  )
  const issue = (...people: string[]) =>
    context.registry.invoke('cop:issueCertificates', {
      sessionId: session.id,
      participantIds: people.map((person) => participantOf(session, person).id),
    })
  return { ...context, session, issue }
}

describe('certificates', () => {
  it('are issued to those present who passed the post-test, once, with a code the hub can check', async () => {
    const context = await certifiedSession()
    const { siti } = context.people
    expect(ok<IssuedCertificates>(await context.issue(siti))).toEqual({ issued: 1, alreadyIssued: 0, skipped: [] })
    expect(ok<IssuedCertificates>(await context.issue(siti))).toEqual({ issued: 0, alreadyIssued: 1, skipped: [] })
    const detail = ok<SessionDetail>(await context.registry.invoke('cop:getSession', { id: context.session.id }))
    const issued = participantOf(detail, siti).certificate
    expect(issued).toMatchObject({ issuedOn: '2026-05-18', code: expect.stringMatching(/^35-\w{4}-\w{4}$/) })
    const printed = ok<Certificate>(await context.registry.invoke('cop:certificate', { id: issued?.id ?? '' }))
    expect(printed).toMatchObject({
      holderName: 'Siti Rahayu',
      sessionTitle: 'Pelatihan Bisnis Sosial',
      aspect: 'marketing_social_business',
      heldFrom: '2026-05-11',
      heldUntil: '2026-05-11',
      hubName: 'Forum OMS Jawa Timur',
      provinceName: 'Jawa Timur',
    })
    const typed = (issued?.code ?? '').toLowerCase().replace(/-/g, ' ')
    const check = ok<CertificateCheck>(await context.registry.invoke('cop:verifyCertificate', { code: typed }))
    expect(check).toEqual({ valid: true, certificate: printed, warnings: [] })
  })

  it('name only people who consent to be listed: none is issued without it, none printed once it is withdrawn', async () => {
    const context = await certifiedSession()
    const { siti } = context.people
    const record = (action: 'given' | 'withdrawn', recordedOn: string) =>
      recordConsent(context.database, {
        personId: siti,
        purposes: ['directory'],
        action,
        recordedOn,
        method: 'verbal',
        recordedBy: 'Sri Wahyuni',
      })
    record('withdrawn', '2026-05-10')
    expect(ok<IssuedCertificates>(await context.issue(siti))).toEqual({
      issued: 0,
      alreadyIssued: 0,
      skipped: [{ name: 'Siti Rahayu', reason: 'noConsent', postScore: 85 }],
    })
    record('given', '2026-05-12')
    expect(ok<IssuedCertificates>(await context.issue(siti))).toMatchObject({ issued: 1 })
    const detail = ok<SessionDetail>(await context.registry.invoke('cop:getSession', { id: context.session.id }))
    const id = participantOf(detail, siti).certificate?.id ?? ''
    record('withdrawn', '2026-05-18')
    await expectRefused(context.database, () => context.registry.invoke('cop:certificate', { id }), {
      key: 'privacy.certificateNoConsent',
      params: { name: 'Siti Rahayu' },
    })
  })

  it('go to those who earned them in a mixed selection; the others are listed with their reason', async () => {
    const context = await certifiedSession()
    const { siti, budi, wati } = context.people
    expect(ok<IssuedCertificates>(await context.issue(siti, budi, wati))).toEqual({
      issued: 1,
      alreadyIssued: 0,
      skipped: [
        { name: 'Budi Santoso', reason: 'belowPass', postScore: 60 },
        { name: 'Wati Lestari', reason: 'notPresent', postScore: 90 },
      ],
    })
  })

  it('keep what earned them: attendance or a score that would no longer qualify is refused, as is reopening', async () => {
    const context = await certifiedSession()
    const { siti } = context.people
    ok(await context.issue(siti))
    const participantId = participantOf(context.session, siti).id
    const refusal = { key: 'validation.cop.participant.certifiedChange', params: { name: 'Siti Rahayu' } }
    await expectRefused(
      context.database,
      () =>
        context.registry.invoke('cop:setAttendance', {
          sessionId: context.session.id,
          changes: [{ participantId, status: 'absent' }],
        }),
      refusal,
    )
    await expectRefused(
      context.database,
      () =>
        context.registry.invoke('cop:setScores', {
          sessionId: context.session.id,
          scores: [{ participantId, preScore: 50, postScore: 69 }],
        }),
      refusal,
    )
    await expectRefused(
      context.database,
      () => context.registry.invoke('cop:changeSessionStatus', { id: context.session.id, status: 'ongoing' }),
      { key: 'validation.cop.session.hasCertificates', params: { count: 1 } },
    )
    ok(
      await context.registry.invoke('cop:setScores', {
        sessionId: context.session.id,
        scores: [{ participantId, preScore: 55, postScore: 95 }],
      }),
    )
  })

  it('answer "unknown" to a made-up code, "withdrawn" after withdrawal and "tampered" when the row was altered', async () => {
    const context = await certifiedSession()
    ok(await context.issue(context.people.siti))
    const detail = ok<SessionDetail>(await context.registry.invoke('cop:getSession', { id: context.session.id }))
    const issued = participantOf(detail, context.people.siti).certificate
    if (!issued) throw new Error('no certificate')
    const verify = async (code: string) =>
      ok<CertificateCheck>(await context.registry.invoke('cop:verifyCertificate', { code }))
    expect(await verify('35-AAAA-BBBB')).toEqual({ valid: false, reason: 'unknown' })

    syncWrite(context.database, (writer) => writer.update(copCertificates, issued.id, { holderName: 'Orang Lain' }))
    expect(await verify(issued.code)).toEqual({ valid: false, reason: 'tampered' })
    syncWrite(context.database, (writer) => writer.update(copCertificates, issued.id, { holderName: 'Siti Rahayu' }))
    expect(await verify(issued.code)).toMatchObject({ valid: true })

    ok(await context.registry.invoke('cop:withdrawCertificate', { id: issued.id }))
    expect(await verify(issued.code)).toEqual({ valid: false, reason: 'withdrawn' })
  })

  it('still verify after the holder is renamed or the attendance corrected, saying so', async () => {
    const context = await certifiedSession()
    const { siti } = context.people
    ok(await context.issue(siti))
    const detail = ok<SessionDetail>(await context.registry.invoke('cop:getSession', { id: context.session.id }))
    const issued = participantOf(detail, siti).certificate
    ok(
      await context.registry.invoke('members:updatePerson', {
        id: siti,
        name: 'Siti Rahayu Putri',
        gender: 'female',
        role: 'leader',
        organisationId: context.binaDesa,
        birthYear: 1998,
        email: 'siti@binadesa.or.id',
        allowDuplicates: true,
      }),
    )
    // A correction that reached this hub from another PC, where the certificate was not yet known.
    syncWrite(context.database, (writer) =>
      writer.update(copParticipants, participantOf(detail, siti).id, { postScore: 40 }),
    )
    const check = ok<CertificateCheck>(
      await context.registry.invoke('cop:verifyCertificate', { code: issued?.code ?? '' }),
    )
    expect(check).toMatchObject({
      valid: true,
      certificate: { holderName: 'Siti Rahayu' },
      warnings: ['holderRenamed', 'participationChanged'],
    })
  })

  it('keep their session: it can be neither deleted nor cancelled, and their participant stays', async () => {
    const context = await certifiedSession()
    const { siti } = context.people
    ok(await context.issue(siti))
    const id = context.session.id
    await expectRefused(context.database, () => context.registry.invoke('cop:deleteSession', { id }), {
      key: 'validation.cop.session.hasCertificates',
      params: { count: 1 },
    })
    await expectRefused(
      context.database,
      () => context.registry.invoke('cop:changeSessionStatus', { id, status: 'cancelled' }),
      {
        key: 'validation.cop.session.hasCertificates',
        params: { count: 1 },
      },
    )
    await expectRefused(
      context.database,
      () => context.registry.invoke('cop:removeParticipant', { id: participantOf(context.session, siti).id }),
      'validation.cop.participant.certified',
    )
  })
})
