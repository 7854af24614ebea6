import type { Catalog } from '@shared/i18n/id'
import type { personPrivacyId } from './messages-id'

/** A person's privacy panel: consent per purpose, restriction and erasure (UU PDP 27/2022), in English. */
export const personPrivacyEn: Catalog<typeof personPrivacyId> = {
  title: 'Privacy',
  lead: 'Personal data protection (UU PDP, Law 27 of 2022): this person gives or withdraws consent for each purpose separately. Without consent, their data stays at the hub but is not used for that purpose.',
  loading: 'Loading privacy data…',
  purposes: {
    title: 'Consent by purpose',
    caption: 'What the data may be used for, and the consent in force now',
    purpose: 'Purpose',
    meaning: 'What it means',
    state: 'Consent',
  },
  purpose: {
    directory: 'Hub directory',
    contact: 'Contact by the network',
    national: 'Shared with the national team',
    publication: 'Publication',
  },
  meaning: {
    directory:
      'Their name, role and OMS appear in the hub directory, in directory exports, and on printed documents such as certificates.',
    contact: 'The network may contact them: their phone and e-mail may leave the hub.',
    national: 'Shared with the national team: their name and details travel in the sync bundles.',
    publication: 'They may be named, or their photo shown, in published stories and reports.',
  },
  state: {
    given: 'Agreed since {{date, day}}',
    givenGuardian: 'Agreed since {{date, day}}, by parent/guardian {{guardian}}',
    givenEarlier: 'Agreed (recorded on the person form, before consent history was kept)',
    withdrawn: 'Withdrawn on {{date, day}}',
    pending: 'Not in force: recorded {{date, day}} without a parent or guardian, though they are under 18',
    none: 'Not yet',
  },
  minor: 'Aged {{age}} by their birth year: under 18, a parent or guardian gives consent.',
  record: {
    title: 'Record consent',
    action: 'What is recorded',
    given: 'Consent given',
    withdrawn: 'Consent withdrawn',
    purposes: 'For the purposes',
    purposesHint: 'Choose one or more purposes; one record is made for each.',
    recordedOn: { given: 'Date consent was given', withdrawn: 'Date consent was withdrawn' },
    method: 'How',
    methods: { paper: 'Paper form', verbal: 'Verbally', electronic: 'Electronically' },
    recordedBy: 'Recorded by',
    recordedByHint: 'The name of the hub staff member who received this consent.',
    guardianName: 'Parent or guardian’s name (required)',
    guardianOptional: 'Parent or guardian’s name (if any)',
    guardianHint: 'This person is under 18: a parent or guardian gives consent.',
    withdrawHint:
      'A withdrawal is accepted from the person or from their parent or guardian, for purposes with consent in force.',
    birthYear: 'Birth year',
    birthYearHint:
      'Not recorded yet. Age decides who gives consent: under 18, a parent or guardian. The year is also saved on the person’s record.',
    birthYearTypedHint:
      'Age decides who gives consent: under 18, a parent or guardian. The year is also saved on the person’s record.',
    proof: 'Scan of the proof (JPEG, PNG or WebP photo; optional)',
    proofHint:
      'A photo or scan of the signed form. Kept at this hub only; the national team receives just the record. PDF files cannot be attached yet: photograph the page.',
    proofChosen: 'Scan attached.',
    proofUploading: 'Saving the scan…',
    waitingForProof: 'Waiting for the scan to be saved; the record is then saved with it.',
    submit: 'Save record',
    saved: {
      given: 'Consent for {{purposes}} has been recorded.',
      withdrawn: 'The withdrawal of consent for {{purposes}} has been recorded.',
    },
  },
  history: {
    title: 'Consent history',
    empty: 'No consent recorded yet.',
    caption: 'Every consent record of this person, oldest first',
    date: 'Date',
    purpose: 'Purpose',
    action: 'Record',
    method: 'How',
    recordedBy: 'Recorded by',
    given: 'given',
    withdrawn: 'withdrawn',
    guardian: 'by parent/guardian {{name}}',
    proof: 'scan kept',
  },
  restriction: {
    title: 'Restriction of processing',
    explain:
      'When this person objects, or asks for their data not to be processed for a while (for instance while it is checked), restrict processing. Their data stays at the hub but is left out of exports, certificates and reports, is not counted in the indicators, and their name and contact details are not sent to the national team, until the restriction is lifted.',
    off: 'Not restricted.',
    on: 'Restricted since {{date, day}}.',
    restrict: 'Restrict processing',
    lift: 'Lift restriction',
    restricted: 'Processing of this person’s data is now restricted.',
    lifted: 'The restriction is lifted; this person’s data is used again as their consent allows.',
    askTitle: 'Restrict processing of {{name}}’s data?',
    askLeftOut:
      'Their data is left out of exports, certificates, reports and indicators, and their name and contact details are not sent to the national team.',
    askShown: 'This page and this panel show “Restricted” until the restriction is lifted.',
    askRequest:
      'If this is at the person’s request, record the request, with its reason, under Privacy → Personal data requests.',
    confirm: 'Restrict',
    cancel: 'Cancel',
  },
  erasure: {
    title: 'Erase personal data',
    explain:
      'At this person’s request (the right to erasure), the data that identifies them is erased for good: it cannot be restored or undone. What the indicators count stays, without their identity.',
    action: 'Erase personal data…',
    dialogTitle: 'Erase the personal data of {{name}}?',
    dialogLead: 'This erasure cannot be undone. Check what is removed and what stays for the indicators.',
    removes: 'Removed',
    field: {
      name: 'Name',
      birthYear: 'Birth year',
      phone: 'Phone',
      email: 'E-mail',
      notes: 'Notes',
    },
    nothingTyped: 'No personal entries besides those listed.',
    scans: 'Scans proving consent: {{count, number}}',
    certificates: 'Name on certificates: {{count, number}}',
    stories:
      'Name in stories of change: {{count, number}} stories. The full name is replaced by “[nama dihapus]”; read the stories again for other mentions, such as a nickname.',
    stories_one:
      'Name in a story of change: 1 story. The full name is replaced by “[nama dihapus]”; read the story again for other mentions, such as a nickname.',
    guardians: 'Names of parents or guardians in the consent records',
    keeps: 'Kept, without identity',
    gender: 'Gender',
    ageBand: 'Age group',
    ageBands: {
      under16: 'Under 16',
      young: '16–30 (young)',
      over30: 'Over 30',
      unknown: 'Unknown',
    },
    role: 'Role',
    organisation: 'OMS',
    noOrganisation: 'None',
    attendance: 'CoP/ToT attendance',
    attendanceCount: '{{count, number}} times',
    consentHistory: 'Consent history',
    consentHistoryKept: 'kept, without the names of parents or guardians and without scans',
    travels: 'The erasure also travels to the national team with the next sync bundle.',
    alsoKept: 'Kept, with the name',
    requestsKept:
      'The register of personal data requests: the requester’s name and the record of the request stay, as evidence that the request was answered (the controller’s accountability under the PDP Law).',
    backups:
      'Backups made before this erasure still hold this person’s data until they are replaced. The hub keeps backups of the last {{daily, number}} days, {{weekly, number}} weeks and {{monthly, number}} months: the last one holding it goes only about {{monthly, number}} months from now.',
    backupsUnknown: 'Backups made before this erasure still hold this person’s data until newer backups replace them.',
    lostFileTitle: 'First:',
    lostFile:
      'after the erasure, “Lost file” (Privacy → Lost file) can no longer name this person. If a bundle or backup was lost and a data breach notice may be needed (Article 46), notify this person first, then erase their data.',
    confirm: 'Erase for good',
    cancel: 'Cancel',
    done: 'This person’s personal data has been erased.',
    erasedOn: 'Erased on {{when}}.',
    erasedRest:
      'What remains serves the indicators only and cannot be changed: consent, restriction and this person’s details are no longer recorded.',
  },
  badge: {
    restricted: 'Restricted',
    since: ': processing of this person’s data restricted since {{date, day}}',
  },
  access: {
    title: 'Access & portability',
    explain:
      'A copy of everything the hub holds about this person and where that data was sent, to hand to them when they ask: PDF to read (right of access, Article 7; the controller’s duty, Article 32), JSON or CSV to take elsewhere (portability, Article 13).',
    language: 'Language of the PDF copy',
    pdf: 'Download PDF',
    json: 'Download JSON',
    csv: 'Download CSV',
    saving: 'Saving…',
    saved: 'This person’s data was saved as {{file}} ({{size, number}} KB).',
    unreadable: 'This person’s data could not be prepared for printing: {{message}}',
  },
}
