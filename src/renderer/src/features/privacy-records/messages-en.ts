import type { Catalog } from '@shared/i18n/id'
import type { privacyRecordsId } from './messages-id'

/** The record of processing activities and retention on the Privacy screen (English). */
export const privacyRecordsEn: Catalog<typeof privacyRecordsId> = {
  record: {
    title: 'Record of processing',
    lead: "The record of personal data processing activities required by UU PDP Article 31, drawn from this hub's settings and data as they are now. Print it and keep it with the hub's documents, and print it again after changes.",
    loading: 'Drawing up the record of processing…',
    print: 'Print PDF',
    printing: 'Printing the record of processing…',
    printed: 'Record of processing saved as {{file}} ({{size}} KB).',
    unreadable: 'The record of processing could not be drawn up: {{message}}',
  },
  retention: {
    title: 'Retention',
    lead: 'How long personal data is kept before it is proposed for review (UU PDP Articles 42–44). Periods count from the latest activity; the app erases nothing by itself: you decide for each person.',
    periods: 'Retention periods (years)',
    directory: 'People in the directory',
    directoryHint: 'No change to the record, membership of an OMS or consent during this period.',
    participants: 'Participants and attendance',
    participantsHint: 'No attendance at a CoP or ToT session during this period.',
    supporters: "Supporters' contacts",
    supportersHint: 'No change, pledge or support received during this period.',
    save: 'Save retention periods',
    saved: 'Retention periods saved.',
    cutoff: 'A latest activity before {{day}} is past this period.',
    people: {
      title: 'People proposed for review',
      none: 'Nobody is past their retention period.',
      count_one: '{{count, number}} person is past their retention period.',
      count_other: '{{count, number}} people are past their retention period.',
      shown: 'Showing the {{shown, number}} whose latest activity is oldest.',
      decide:
        "Open the person's page to erase their data (Erase personal data…) when it is no longer needed, or leave it when it still is: they stay proposed until there is new activity.",
      caption: 'People proposed for review, oldest latest activity first',
      name: 'Name',
      organisation: 'OMS',
      lastActivity: 'Latest activity',
      note: 'Note',
      attended: 'Attended a session',
      restricted: 'Processing restricted',
    },
    supporterList: {
      title: "Supporters' contacts proposed for review",
      none: "No supporter's contact details are past their retention period.",
      count_one: '{{count, number}} supporter is past their retention period.',
      count_other: '{{count, number}} supporters are past their retention period.',
      decide: "Open the supporter's page to remove their contact details when they are no longer needed.",
      caption: 'Supporters proposed for review, oldest latest activity first',
      name: 'Supporter',
      lastActivity: 'Latest activity',
    },
  },
  missingContact: {
    record:
      "The hub secretariat's phone and e-mail are not filled in: this record of processing gives no way to contact the hub, though the people whose data it keeps must know whom to ask.",
    notice:
      "The hub secretariat's phone and e-mail are not filled in: the draft notice below asks you to fill them in by hand. Fill them in once in the settings, so every notice and the record of processing give them.",
    fill: 'Fill in a phone or e-mail in {{settings}} → {{identity}}',
  },
}
