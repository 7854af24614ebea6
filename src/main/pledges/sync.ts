import type { SyncedTableDeclaration } from '../sync/declare'
import { supporterNameKey } from './names'
import { feeRates, fulfilments, pledges, supporters } from './schema'

/**
 * Galang Daya's synced tables. A supporter's contact details leave the hub only with consent, as a
 * person's do. Pledge status is not stored at all: it depends on today's date.
 */
export const pledgeTables: SyncedTableDeclaration[] = [
  {
    table: supporters,
    derived: {
      columns: ['name_key'],
      row: (values) => ({ name_key: supporterNameKey(String(values.name ?? ''), values.kind) }),
    },
    personal: [
      {
        columns: ['contact_person', 'phone', 'email', 'address'],
        releasedSql: 'consent',
        released: (row) => Boolean(row.consent),
      },
    ],
  },
  { table: feeRates },
  { table: pledges },
  { table: fulfilments, attachments: [{ column: 'evidence_photo', holds: 'sha256' }] },
]
