import type { SharedMessages } from './id'

export const en: SharedMessages = {
  validation: {
    tooLong: 'This entry is too long.',
    invalid: 'This entry is not valid.',
    hubName: { required: 'Enter the name of the hub organisation.' },
    contactName: { required: "Enter the secretariat's contact name." },
    contact: { phoneOrEmail: "Enter at least the secretariat's phone number or e-mail." },
    phone: { invalid: 'Phone number not recognised. Example: 0812 3456 7890 or +62 812 3456 7890.' },
    email: { invalid: 'E-mail address is not valid. Example: secretariat@example.or.id.' },
    province: {
      required: "Choose the hub's province.",
      unknown: 'Province code "{{code}}" is not in the Kemendagri area data.',
      format: 'A province code is two digits, e.g. 35.',
    },
    regency: {
      unknown: 'Regency/city code "{{code}}" is not in the Kemendagri area data.',
      format: 'A regency/city code looks like 35.19 (province code, a dot, two digits).',
    },
    district: {
      unknown: 'District (kecamatan) code "{{code}}" is not in the Kemendagri area data.',
      format: 'A district (kecamatan) code looks like 35.19.01 (regency/city code, a dot, two digits).',
    },
    role: { required: 'Choose a role: provincial hub or national instance.' },
    language: { invalid: 'Language not supported. Choose Bahasa Indonesia or English.' },
  },
  keyProtection: {
    osKeyring: "encrypted with the operating system's key store",
    userFile: 'a file only this user can read',
    userFileNoKeyring:
      "a file only this user can read; not encrypted, as the operating system's key store is unavailable",
  },
  errors: {
    validation: 'Some entries need fixing.',
    unknownChannel: 'The app does not know the request "{{channel}}".',
    forbidden: 'Request refused: it did not come from the Lokadaya Hub app.',
    internal:
      'Something unexpected went wrong. Your data was not changed. Try again; if it keeps happening, contact the national team.',
    notSetUp: 'This hub has not been set up yet. Finish the first-run setup first.',
    alreadySetUp: 'This hub is already set up as "{{name}}". The hub identity cannot be created again.',
    dbNewer:
      'This database was written by a newer version of Lokadaya Hub. Update the app before opening it; the data was not changed.',
    migrationFailed: 'Updating the database structure failed ({{detail}}). The database file was not changed.',
    keyMissing:
      "The hub's signing key was not found at {{location}}. Restore the key file from a backup before continuing.",
  },
}
