import { backupEn } from './backup-en'
import { restoreEn } from './restore-en'
import { privacyEn } from './privacy-en'
import { copValidationEn } from './cop-en'
import { reportsValidationEn } from './reports-en'
import { reportsWorkbookEn } from './reports-workbook-en'
import { printingEn } from './printing-en'
import { pledgesValidationEn } from './pledges-en'
import { initiativesEn, initiativesValidationEn } from './initiatives-en'
import { syncEn } from './sync-en'
import { attachmentsEn, storiesEn } from './stories-en'
import type { SharedMessages } from './id'

export const en: SharedMessages = {
  validation: {
    initiatives: initiativesValidationEn,
    pledges: pledgesValidationEn,
    cop: copValidationEn,
    reports: reportsValidationEn,
    tooLong: 'This entry is too long.',
    invalid: 'This entry is not valid.',
    unknownKey: 'Unknown entry "{{key}}": it is not accepted here.',
    text: {
      control:
        'This entry contains an invisible control character ({{char}}). Remove it, for instance by typing the entry again.',
      lineBreak: 'This entry is a single line: remove the line break or tab ({{char}}).',
    },
    hubName: { required: 'Enter the name of the hub organisation.' },
    contactName: { required: "Enter the secretariat's contact name." },
    contact: { phoneOrEmail: "Enter at least the secretariat's phone number or e-mail." },
    phone: { invalid: 'Phone number not recognised. Example: 0812 3456 7890 or +62 812 3456 7890.' },
    email: { invalid: 'E-mail address is not valid. Example: secretariat@example.or.id.' },
    province: {
      required: "Choose the hub's province.",
      unknown: 'Province code "{{code}}" is not in the Kemendagri area data.',
      format: 'A province code is two digits, e.g. 35.',
      fixed:
        "The hub's province cannot be changed: this hub was set up for {{province}}, and all its data is recorded under that province. If the province is wrong, set up a new installation for the right one.",
      national: 'The national instance belongs to no province; a province cannot be given.',
    },
    regency: {
      unknown: 'Regency/city code "{{code}}" is not in the Kemendagri area data.',
      format: 'A regency/city code looks like 35.19 (province code, a dot, two digits).',
    },
    district: {
      unknown: 'District (kecamatan) code "{{code}}" is not in the Kemendagri area data.',
      format: 'A district (kecamatan) code looks like 35.19.01 (regency/city code, a dot, two digits).',
      outsideRegency: 'This district is not in the chosen regency/city.',
    },
    role: { required: 'Choose a role: provincial hub or national instance.' },
    language: { invalid: 'Language not supported. Choose Bahasa Indonesia or English.' },
    directoryView: {
      density: 'Choose a row density: normal or compact.',
      column: 'Choose columns from those this list offers, each once.',
    },
    village: {
      format: 'A village code looks like 35.19.01.2001 (district code, a dot, four digits).',
      outsideDistrict: 'This village is not in the chosen district.',
      withoutDistrict: 'Choose the district before the village.',
    },
    date: {
      invalid: 'Date not valid. Use year-month-day, e.g. 2026-01-31.',
      future: 'The date cannot be in the future.',
    },
    website: { invalid: 'Website address not valid. Example: www.example.or.id.' },
    organisation: {
      name: 'Enter the OMS name (at least 2 letters).',
      legalForm: 'Choose a legal form from the list.',
      foundedYear: 'The founding year must be a year between 1900 and this year.',
      regency: "Choose the OMS's regency/city.",
      regencyOutsideProvince: 'Regency/city "{{name}}" is not in this hub\'s province ({{province}}).',
      regencyUnknown: 'Regency/city "{{value}}" is not known in {{province}}.',
      regencyAmbiguous: '"{{value}}" could mean {{options}}. Choose one.',
      type: 'Organisation type "{{value}}" is not in the list.',
      sectors: 'Sector "{{value}}" is not in the list.',
      sdgs: 'Choose SDGs numbered 1 to 17.',
      count: 'Enter a whole number from {{min, number}} to {{max, number}}.',
      status: 'Choose a membership status: candidate, active, inactive or left.',
      statusTransition: 'The status cannot change from "$t(member.status.{{from}})" to "$t(member.status.{{to}})".',
      statusBeforeCurrent:
        'A status change cannot be dated before {{date, day}}, the date of the current status. If that date is wrong (say, a first entry dated today), correct that entry in the status history first.',
      notFound: 'OMS not found; it may have been merged or deleted.',
      merged: 'This OMS was merged into another and can no longer be edited.',
      hasPeople:
        'This OMS cannot be deleted: people are still recorded in it ({{count, number}}). Move them to another OMS or delete their records first.',
    },
    statusChange: {
      notFound: 'This status history entry was not found; it may have been removed.',
      last: 'This entry cannot be removed: the status history must keep at least one entry. If it is wrong, correct it instead.',
      step: 'The status history would be out of order: "$t(member.status.{{from}})" ({{fromDate, day}}) cannot be followed directly by "$t(member.status.{{to}})" ({{toDate, day}}).',
    },
    assessment: {
      score: 'Each capacity aspect is scored 1 to 5.',
      missing: 'Also give a score of 1–5 to the aspects not scored yet: {{aspectsEn}}.',
      unknown: 'There is no capacity aspect "{{codes}}".',
    },
    person: {
      name: "Enter the person's name (at least 2 letters).",
      gender: 'Choose a gender.',
      birthYear: 'The birth year must be plausible (aged 10 to 100).',
      role: 'Choose a role: leader, manager, staff, trainer or volunteer.',
      organisation: 'Choose the OMS this person works with.',
      consentDate: 'Enter the date consent was given.',
      notFound: 'Person not found; they may have been merged or deleted.',
      merged: 'This person was merged into another record and can no longer be edited.',
    },
    duplicates: {
      samePair: 'Choose two different records.',
    },
    affiliation: {
      notFound: 'This OMS history entry was not found; it may have been deleted.',
      ended: 'This affiliation already ended on {{date, day}}.',
      startFuture: 'The start date cannot be after today ({{date, day}}).',
      beforeFounded: 'The start date cannot be before {{name}} was founded ({{year}}).',
      beforeLeft:
        'The start date cannot be before {{date, day}}: the affiliation with {{name}} began then, and it ends when this new one starts.',
      beforeStart: 'The end date cannot be before {{date, day}} (the start date).',
      future: 'The end date cannot be after today ({{date, day}}).',
    },
    import: {
      tooLarge: 'The file is larger than 10 MB, the most an import takes. Split the list into several files.',
      tooManyRows:
        'The file has more than {{max, number}} data rows, the most an import takes. Split the list into several files.',
      tooManyCells:
        'The file holds more than {{max, number}} filled cells (say 50,000 rows × 30 columns), the most an import takes. Delete unused columns or split the list into several files.',
      tooManyColumns:
        'Cell {{cell}} lies beyond the first {{max, number}} columns, the most an import takes. Delete the unused columns and save the file again.',
      cellTooLong:
        "Cell {{cell}} holds more than {{max, number}} characters, Excel's limit for a cell. Check and shorten it.",
      unsafeArchive:
        'The file "{{name}}" was not opened: it would swell to {{size, number}} MB, far more than any member list. It may be damaged or made to overload the app. Save the list again from Excel or LibreOffice Calc as .xlsx.',
      tooManyEntries:
        'The file "{{name}}" was not opened: it holds too many parts for a member list. Save the list again from Excel or LibreOffice Calc as .xlsx.',
      tooDemanding:
        'The file "{{name}}" is too heavy to read safely (it went past the memory or time limit), so reading it was stopped. Nothing was changed. Save the list again from Excel or LibreOffice Calc, or split it into several files.',
      notSpreadsheet:
        'The file "{{name}}" is not CSV or XLSX. Save the list from Excel as "Excel Workbook (.xlsx)" or "CSV", or from LibreOffice Calc as "Excel 2007-365 (.xlsx)".',
      openDocument:
        'The file "{{name}}" is an OpenDocument spreadsheet (.ods). In LibreOffice Calc choose File → Save As → "Excel 2007-365 (.xlsx)" or "Text CSV", then choose the new file.',
      oldExcel:
        'The file "{{name}}" is in the old Excel format (.xls). Open it in Excel and save it as "Excel Workbook (.xlsx)" or "CSV".',
      corrupt:
        'The XLSX file "{{name}}" is damaged or cannot be read. Open it in Excel or LibreOffice Calc and save it again.',
      fileName:
        'The file name contains an invisible control character ({{char}}). Rename the file, then choose it again.',
      empty: 'The file "{{name}}" is empty.',
      noRows: 'The file "{{name}}" has only column headings and no data rows.',
      noHeader:
        'The first row of the file holds no column headings (it contains "{{value}}"). Add a heading row, e.g. from the template.',
      blankHeader: 'Column {{column}} has no heading. Give it one or delete the column.',
      duplicateHeader: 'The column heading "{{header}}" appears more than once. Every column needs its own heading.',
      expired: 'This import session has ended. Choose the file again.',
      busy: 'This import is being processed. Wait until it finishes or cancel it.',
      cancelled: 'Import cancelled. No data was changed.',
      unknownField: 'Column "{{header}}" is mapped to an unknown field.',
      fieldTwice: 'The field "{{field}}" is mapped from two columns: "{{first}}" and "{{second}}".',
      requiredUnmapped: 'The required column "{{field}}" is not mapped to any column yet.',
      notPreviewed: 'Run the import check first, before importing.',
      stale: 'Member data changed since the last check. Run the check again.',
      hasErrors: '{{count, number}} rows still have errors. Fix or skip them, then run the check again.',
      organisationUnknown: 'OMS "{{value}}" was not found in this hub.',
      organisationAmbiguous: 'Several OMS are named "{{value}}". Use the OMS ID column to say which one.',
      organisationIdUnknown: 'OMS ID "{{value}}" was not found in this hub.',
      organisationMerged: 'The OMS with this ID was merged into "{{name}}"; this person is recorded there.',
      idUnknown: 'ID "{{value}}" was not found; this row will be recorded as a new entry.',
      consent: 'Fill in consent with "yes" or "no".',
      statusIgnored: "Membership status is not changed by an import; change it on the organisation's page.",
      exampleRow: 'This is the template\'s example row (Catatan "CONTOH"); it is skipped.',
      exactDuplicate: 'Exactly the same as row {{row}}; this row is skipped.',
      sameInFile: 'This name also appears in row {{row}} of this file.',
      likelyDuplicate: 'Possibly the same as an existing entry: {{names}}.',
      contactUnmapped:
        'To import contact people, the column "{{field}}" needs a mapping too. Or ignore the contact columns to import only the OMS.',
      contactIssue: 'Contact person: {{message}}',
      district: 'District "{{value}}" is not in the list of this regency/city; kept as text.',
      roleUnknown:
        'Role "{{value}}" is not recognised. Write one of: leader (ketua/pimpinan), manager (manajer), staff (staf), trainer (pelatih) or volunteer (relawan); titles such as direktur, sekretaris, bendahara, koordinator program or fasilitator are recognised too.',
      roleRead:
        'Title "{{value}}" is recorded as the role "$t(member.role.{{role}})". If that is wrong, replace it with the right role.',
    },
    merge: {
      same: 'Choose two different records to merge.',
      field: 'Field "{{field}}" cannot be chosen when merging.',
      nothingToUndo: 'There is no merge to undo.',
    },
    delete: {
      notLatest: 'Only the latest delete can be undone, and only once.',
      changedSince: 'This delete can no longer be undone: the record has changed since, for example through sync.',
    },
    restore: {
      notDeleted: '"{{name}}" is not among the deleted records; it may have been restored already.',
      merged: '"{{name}}" was merged into another record, not deleted, so it cannot be restored from here.',
      organisationDeleted:
        '"{{name}}" cannot be restored yet: their OMS, "{{organisation}}", is deleted too. Restore that OMS first, then this person.',
    },
  },
  member: {
    status: { candidate: 'Candidate', active: 'Active', inactive: 'Inactive', left: 'Left' },
    gender: { female: 'Female', male: 'Male' },
    role: { leader: 'Leader', manager: 'Manager', staff: 'Staff', trainer: 'Trainer', volunteer: 'Volunteer' },
    legalForm: {
      foundation: 'Foundation (yayasan)',
      association: 'Incorporated association (perkumpulan)',
      registered_ormas: 'Registered mass organisation (SKT)',
      other: 'Other',
    },
  },
  keyProtection: {
    osKeyring: "encrypted with the operating system's key store",
    userFile: 'a file only this user can read',
    userFileNoKeyring:
      "a file only this user can read; not encrypted, as the operating system's key store is unavailable",
  },
  storage: {
    readOnly:
      'Read-only: this user account may not change the database {{path}}. You can look at and export the data, but changes will not be saved. Ask whoever manages this computer for permission to write that file, then open Lokadaya Hub again.',
    keyMissing:
      "The hub's signing key was not found at {{path}}. Without it the hub cannot send data to the national team. Restore the key file from a backup to that place, then open Lokadaya Hub again; if there is no backup, contact the national team.",
    keyUnreadable:
      "The hub's signing key at {{path}} cannot be read: the file is damaged, or was encrypted by another user account or computer. Without it the hub cannot send data to the national team. Restore the key file from a backup, then open Lokadaya Hub again; if there is no backup, contact the national team.",
    keyForeign:
      "The key file at {{path}} is another hub's key, not this hub's. It is neither used nor overwritten. Move that file elsewhere and restore this hub's key from a backup, then open Lokadaya Hub again; if there is no backup, contact the national team.",
  },
  sync: syncEn,
  initiatives: initiativesEn,
  stories: storiesEn,
  attachments: attachmentsEn,
  printing: printingEn,
  reports: { workbook: reportsWorkbookEn },
  backup: backupEn,
  restore: restoreEn,
  privacy: privacyEn,
  errors: {
    validation: 'Some entries need fixing.',
    unknownKeys: 'The request contains unknown entries: {{keys}}. Nothing was changed.',
    unknownChannel: 'The app does not know the request "{{channel}}".',
    forbidden: 'Request refused: it did not come from the Lokadaya Hub app.',
    seedNeedsOrganisations: 'There are no OMS for these people. Add --orgs or record organisations first.',
    seedInitiativesNeedOrganisations:
      'There are no member OMS to lead initiatives. Add --orgs or record organisations first.',
    seedPledgesNeedSupporters:
      'There are no supporters for these pledges. Add --supporters or record supporters first.',
    seedPledgesNeedInitiatives:
      'There are no published initiatives to support. Add --initiatives or publish initiatives first.',
    internal:
      'Something unexpected went wrong. Your data was not changed. Try again; if it keeps happening, contact the national team.',
    notSetUp: 'This hub has not been set up yet. Finish the first-run setup first.',
    alreadySetUp: 'This hub is already set up as "{{name}}". The hub identity cannot be created again.',
    dbNewer:
      'This database was written by a newer version of Lokadaya Hub. Update the app before opening it; the data was not changed.',
    migrationFailed: 'Updating the database structure failed ({{detail}}). The database file was not changed.',
    dbCreatedMeanwhile:
      'The database {{path}} was created by another process at the same time. This one changed nothing; the hub already created is intact.',
    readOnly:
      'The change was not saved: this user account may only read the database {{path}}. Ask whoever manages this computer for permission to write that file, then open Lokadaya Hub again.',
    readOnlyUpgrade:
      'The database {{path}} needs updating for this version of Lokadaya Hub, but this user account may only read it. Nothing was changed. Ask whoever manages this computer for permission to write that file, then open Lokadaya Hub again.',
    readOnlyFolder:
      'The database {{path}} cannot be opened: this user account may not write in its folder ({{folder}}), where the database keeps its working files. Nothing was changed. Ask whoever manages this computer for permission to write in that folder, then open Lokadaya Hub again.',
    notLokadayaDb:
      'The file {{path}} is not a Lokadaya Hub database (it is empty, belongs to another app, or is damaged). It was not changed. Move or rename it, or restore the hub database from a backup.',
    databaseInUse:
      'The database {{path}} is already open in another Lokadaya Hub (on the computer {{host}}). Use the window already open, or close it first and open again: two copies of the app may not change the same data at once.',
    databaseDamaged:
      'The hub database {{path}} is damaged ({{detail}}) and was not opened, so the damage cannot spread. The file was not changed. Keep a copy of it, then restore the hub database from the last backup or contact the national team.',
  },
}
