import type { Message } from '../../shared/errors'
import { formatDateTime, formatDay, formatNumber, type TimeZoneCode } from '../../shared/format'
import type { Language } from '../../shared/hub'
import { createTranslator } from '../../shared/i18n/translate'
import { formatPhone } from '../../shared/phone'
import type { DossierSheet, DossierSheetItem, PersonDossier } from '../../shared/privacy'

type Value = string | number | null | undefined

/**
 * The printable copy of a person's data, every word in `language` and every time in the hub's
 * zone, so the print page only lays it out: what it says is decided and tested here, under Node.
 * Each list is a section, each record an item; a field without a value reads "—", except those
 * that only say something when set (a restriction, an erasure, a deletion).
 */
export function dossierSheet(dossier: PersonDossier, language: Language, zone: TimeZoneCode): DossierSheet {
  const translate = createTranslator(language)
  const t = (key: string, params?: Message['params']) =>
    translate({ key: `privacy.access.sheet.${key}`, ...(params && { params }) })
  const none = t('value.none')
  const day = (value: string | null) => (value ? formatDay(value, language) : null)
  const at = (value: string | null) => (value ? formatDateTime(value, zone, language) : null)
  const number = (value: number | null) => (value === null ? null : formatNumber(value, language))
  const field = (key: string, value: Value): DossierSheetItem[number] => ({
    label: t(`field.${key}`),
    value: value === null || value === undefined || value === '' ? none : String(value),
  })
  /** Fields that say something only when set. */
  const ifSet = (key: string, value: Value) => (value === null || value === undefined ? [] : [field(key, value)])
  const deleted = (deletedAt: string | null) => ifSet('deletedAt', at(deletedAt))

  const { person, controller } = dossier
  const personItem: DossierSheetItem = [
    field('name', person.name),
    field('gender', translate({ key: `member.gender.${person.gender}` })),
    field('birthYear', person.birthYear),
    ...ifSet('ageBand', person.ageBand && t(`value.ageBand.${person.ageBand}`)),
    field('role', translate({ key: `member.role.${person.role}` })),
    field('organisation', person.organisationName),
    // As the person's page shows it: the same number should read the same on paper.
    field('phone', person.phone && formatPhone(person.phone)),
    field('email', person.email),
    field('notes', person.notes),
    field('consentPurposes', person.consentPurposes.map((purpose) => t(`value.purpose.${purpose}`)).join(', ')),
    ...ifSet('restrictedOn', day(person.restrictedOn)),
    ...ifSet('erasedAt', at(person.erasedAt)),
    ...ifSet('mergedInto', person.mergedIntoId),
    field('createdAt', at(person.createdAt)),
    ...deleted(person.deletedAt),
    field('id', person.id),
  ]

  const sections: DossierSheet['sections'] = []
  const section = (key: string, items: DossierSheetItem[], note: string | null = null) =>
    sections.push({ key, heading: t(`sections.${key}`), note, items, empty: t('none') })

  section('person', [personItem])
  section(
    'affiliations',
    dossier.affiliations.map((affiliation) => [
      field('organisation', affiliation.organisationName),
      field('role', translate({ key: `member.role.${affiliation.role}` })),
      field('fromOn', day(affiliation.fromOn)),
      field('untilOn', day(affiliation.untilOn)),
      ...deleted(affiliation.deletedAt),
    ]),
  )
  section(
    'consents',
    dossier.consents.map((consent) => [
      field('purpose', t(`value.purpose.${consent.purpose}`)),
      field('action', t(`value.action.${consent.action}`)),
      field('recordedOn', day(consent.recordedOn)),
      field('method', t(`value.method.${consent.method}`)),
      field('recordedBy', consent.recordedBy),
      ...ifSet('guardianName', consent.guardianName),
      ...ifSet('proof', consent.proofSha256 && t('value.proofKept')),
    ]),
  )
  section(
    'participations',
    dossier.participations.map((participation) => [
      field('session', participation.sessionTitle),
      field('startsAt', at(participation.startsAt)),
      field('sessionStatus', participation.sessionStatus && t(`value.sessionStatus.${participation.sessionStatus}`)),
      field('attendance', t(`value.participantStatus.${participation.status}`)),
      field(
        'minutesPresent',
        participation.minutesPresent === null ? null : t('value.minutes', { count: participation.minutesPresent }),
      ),
      field('preScore', number(participation.preScore)),
      field('postScore', number(participation.postScore)),
      ...deleted(participation.deletedAt),
    ]),
  )
  section(
    'certificates',
    dossier.certificates.map((certificate) => [
      field('code', certificate.code),
      field('issuedOn', day(certificate.issuedOn)),
      field('holderName', certificate.holderName),
      field('session', certificate.sessionTitle),
      ...deleted(certificate.deletedAt),
    ]),
  )
  section(
    'stories',
    dossier.stories.map((story) => [
      field('story', story.title),
      field('happenedOn', day(story.happenedOn)),
      field('initiative', story.initiativeTitle),
      field('storyStatus', t(`value.storyStatus.${story.status}`)),
      ...deleted(story.deletedAt),
    ]),
  )
  section(
    'trainerQualifications',
    dossier.trainerQualifications.map((qualification) => [
      field('aspect', qualification.aspectName?.[language] ?? qualification.aspect),
      field('qualifiedOn', day(qualification.qualifiedOn)),
      field('sourceSession', qualification.sourceSessionTitle),
      ...deleted(qualification.deletedAt),
    ]),
  )
  section(
    'requests',
    dossier.requests.map((request) => [
      field('kind', t(`value.requestKind.${request.kind}`)),
      field('requesterName', request.requesterName),
      field('receivedAt', at(request.receivedAt)),
      field('dueAt', at(request.dueAt)),
      field('status', t(`value.requestStatus.${request.status}`)),
      ...ifSet('closedAt', at(request.closedAt)),
      ...ifSet('outcome', request.outcome),
    ]),
  )
  section(
    'disclosures',
    dossier.disclosures.map((disclosure) => [
      field('file', disclosure.fileName),
      field('bundleMadeAt', at(disclosure.createdAt)),
      ...ifSet('sequence', disclosure.kind === 'changes' ? disclosure.sequence : null),
      field(
        'recipient',
        disclosure.recipient === 'hub'
          ? t('value.rebuild', { name: disclosure.recipientName ?? '' })
          : disclosure.recipientName
            ? t('value.nationalNamed', { name: disclosure.recipientName })
            : t('value.national'),
      ),
      field('carried', t(disclosure.identifying ? 'value.identifying' : 'value.counted')),
    ]),
    t('disclosuresNote'),
  )

  const contact = [controller.contactName, controller.contactPhone, controller.contactEmail].filter(Boolean).join(', ')
  return {
    title: person.name
      ? t('title', { name: person.name, hub: controller.name })
      : t('titleErased', { hub: controller.name }),
    lead: t('lead'),
    madeAt: t('madeAt', { at: formatDateTime(dossier.exportedAt, zone, language) }),
    contact: contact ? t('contact', { hub: controller.name, contact }) : t('noContact', { hub: controller.name }),
    sections,
  }
}
