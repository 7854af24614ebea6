import { organisationNameKey } from '../members/names'
import type { SyncedTableDeclaration } from '../sync/declare'
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
      // The directory's key: "Yayasan", "PT" and the like, case and spacing do not tell names apart.
      row: (values) => ({ name_key: organisationNameKey(String(values.name ?? '')) }),
    },
    personal: { columns: ['contact_person', 'phone', 'email', 'address'], consent: 'consent' },
  },
  { table: feeRates },
  { table: pledges },
  { table: fulfilments },
]
