import { chartsEn } from '../ui/charts/messages'
import { dateInputEn } from '../ui/date-messages'
import type { UiMessages } from './id'

export const en: UiMessages = {
  app: {
    skipToContent: 'Skip to main content',
    startupFailed: 'Lokadaya Hub could not open.',
    retry: 'Try again',
    loadFailed:
      'Part of the app failed to load. Your data has not been changed. Try again; if it keeps happening, reinstall Lokadaya Hub.',
    notRecorded: 'Not recorded',
    loadingRow: 'Loading…',
  },
  language: { label: 'Bahasa / Language' },
  lookup: {
    none: 'Nothing matches "{{query}}".',
    hint: 'Type part of a name, pick with the up/down arrows, then Enter.',
  },
  dateInput: dateInputEn,
  charts: chartsEn,
  role: { hub: 'Provincial hub', national: 'National instance' },
  setup: {
    title: 'First-run setup',
    intro:
      'Welcome to Lokadaya Hub. Fill in the details below once to create the identity of this installation. All data stays on this computer.',
    role: {
      legend: 'Role of this installation',
      hubHint: 'The secretariat of the CSO network in one province.',
      nationalHint: 'The national team that gathers data from every hub. Not tied to a province.',
    },
    province: { label: 'Province', choose: 'Choose a province…', zone: "Hub's time zone: {{zone}}" },
    name: { label: 'Name of the hub organisation', hint: 'The organisation that runs the secretariat.' },
    contact: {
      legend: 'Secretariat contact',
      hint: 'Someone the national team can reach. Give at least a phone number or an e-mail.',
      name: 'Contact name',
      phone: 'Phone number',
      email: 'E-mail',
    },
    submit: 'Create the hub identity',
    saving: 'Saving…',
    done: {
      title: 'The hub identity has been created',
      continue: 'Continue to the app',
    },
  },
  fingerprint: {
    title: 'Key fingerprint',
    readAloud: {
      hub: 'Read these six groups of digits aloud to the national team over the phone when the national secretariat enrols this hub. If what they hear matches what they received, data sent by this hub can be trusted.',
      national:
        "Read these six groups of digits by phone to the secretariat of each provincial hub that enrols the national team's key, one province at a time. If what they hear matches, they can trust the national team's acknowledgements.",
    },
    copy: 'Copy fingerprint',
    print: 'Print fingerprint',
    copied: 'Fingerprint copied. Paste it into a message or document if needed.',
    selected: 'The fingerprint is selected; press Ctrl+C to copy it.',
    printedFor: 'Printed for {{name}}, {{date}}.',
  },
  identity: {
    title: 'Hub identity',
    hubId: 'Hub ID',
    role: 'Role',
    province: 'Province',
    timeZone: 'Time zone',
    name: 'Organisation name',
    contactName: 'Contact name',
    contactPhone: 'Phone',
    contactEmail: 'E-mail',
    today: 'Today',
    createdAt: 'Created',
    edit: {
      open: 'Edit name and contact',
      provinceFixed:
        "The province cannot be changed after setup: all of this hub's data is recorded under it. If the province is wrong, set up a new installation.",
      save: 'Save',
      cancel: 'Cancel',
      saving: 'Saving…',
      saved: "The hub's name and contact are saved. The change travels to the national team with the next sync bundle.",
    },
  },
  nav: {
    label: 'Main menu',
    home: 'Home',
    members: 'Members',
    initiatives: 'Initiatives',
    galangDaya: 'Galang Daya',
    copTot: 'CoP & ToT',
    sync: 'Sync',
    reports: 'Reports',
    privacy: 'Privacy',
    settings: 'Settings',
  },
  storageNotices: { title: 'Needs attention' },
  settings: {
    languageTitle: 'Display language',
    languageHint: 'This choice is saved and used again when the app is opened.',
    storageTitle: 'Storage',
    database: 'Database location',
    signingKey: 'Signing key',
    signingKeyHint:
      'This key signs the data the hub sends. Keep a backup; without it the hub must be registered again.',
  },
  about: {
    title: 'About',
    version: 'App version',
    referenceData: 'Reference data',
    dataVersion: 'Data version',
    license: 'Licence',
    dataset: 'Dataset',
    odbl: 'The area names and codes (provinces, regencies/cities, districts, villages) in this app come from that dataset, used under the Open Database License (ODbL) v1.0. The licence requires the attribution above to be shown as it is, and shared derived data must use the same licence.',
  },
}
