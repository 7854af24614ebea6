import { attendanceValidationEn } from './attendance-en'

/** CoP & ToT: sessions, attendance, scores, certificates and trainers (English). */
export const copValidationEn = {
  period: 'Enter the period dates correctly, for example 18/05/2026.',
  series: {
    title: 'Enter the series title.',
    hasSessions: 'This series still has {{count, number}} sessions. Delete them or take them out of the series first.',
  },
  session: {
    title: 'Enter the session title.',
    aspect: 'Choose the capacity aspect of this session from the list (for example Financial resilience).',
    format:
      'Choose how the session is held: webinar, online training, in-person training, ToT, mentoring or CoP discussion.',
    startsAt: 'Enter the date and time the session starts.',
    endsAt: 'Enter the date and time the session ends.',
    endBeforeStart: 'The end must come after the start.',
    link: 'The meeting link must start with https:// or http://, for example https://zoom.us/j/123456789.',
    capacity: 'Capacity is a whole number above 0; leave it empty for no limit.',
    facilitators: 'At most 20 facilitators per session.',
    facilitatorTwice: 'A person can be chosen as facilitator only once.',
    facilitator: 'A chosen facilitator is no longer in the directory. Choose someone else.',
    organiser: 'The chosen organiser is no longer a member OMS. Choose another OMS or the hub.',
    series: 'This series was not found: it may have been deleted.',
    seriesPart: 'Enter the part number of the session in its series (1 to 99).',
    partTaken: 'Part {{part, number}} of this series is already the session "{{title}}". Choose another part number.',
    threshold:
      'The attendance threshold is a number of minutes (0 or more); leave it empty for three quarters of the session.',
    passScore: 'The pass score is a whole number from 0 to 100.',
    status: 'Choose the session status.',
    notFound: 'This session was not found: it may have been deleted.',
    notYetHeld: 'A session that has not started cannot be marked done.',
    cancelledFirst: 'A cancelled session must be planned again first.',
    hasCertificates:
      'This session has issued {{count, number}} certificates. Withdraw them first if the session really did not take place.',
    hasGraduates: 'This session has graduated {{count, number}} trainers. Revoke their graduation first.',
  },
  participant: {
    certifiedChange:
      '{{name}} has a certificate or graduated as a trainer from this session, and this change would no longer qualify them. Withdraw the certificate or revoke the graduation first.',
    none: 'Choose at least one participant.',
    status: 'Choose an attendance status: registered, present, partly present, absent or cancelled.',
    score: 'Pre-test and post-test scores are whole numbers from 0 to 100, or empty.',
    person: 'The chosen person is no longer in the directory.',
    twice: '{{name}} is already registered for the session "{{session}}".',
    full: 'The session is full ({{capacity, number}} people), so {{name}} cannot be registered. Raise the capacity if needed.',
    notYetHeld: 'The session has not started: attendance can be recorded once it has taken place.',
    notFound: 'This participant is not in this session: they may have been removed.',
    certified: 'This participant has a certificate. Withdraw it first.',
  },
  attendance: {
    ...attendanceValidationEn,
    unreadable: 'The attendance file cannot be read. Download the participant report from Zoom or Google Meet again.',
    changed: 'The preview no longer matches its file. Open the attendance file again.',
    personTwice:
      '"{{first}}" and "{{second}}" were matched to the same person. Choose different people, or skip one of the rows.',
  },
  certificate: {
    code: 'Enter the verification code printed on the certificate, for example 35-7K2M-9QXD.',
    notDone: 'Certificates can be issued once the session is marked done.',
    notFound: 'This certificate was not found: it may have been withdrawn.',
  },
  trainer: {
    notTot: 'Only ToT participants can graduate as trainers.',
    notCompleted:
      '{{name}} has not completed this ToT: they must be fully present, score at least {{passScore, number}} in the post-test, and the session must be done.',
    already: '{{name}} is already a trainer for this aspect (graduated from "{{session}}").',
    notFound: 'This trainer record was not found: the graduation may have been revoked.',
    hasLed:
      'This trainer has facilitated {{count, number}} sessions since graduating, so the graduation cannot be revoked.',
  },
}
