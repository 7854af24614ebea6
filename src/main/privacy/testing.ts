import type { ConsentPurpose } from '../../shared/privacy'
import type { AppDatabase } from '../db'
import { syncWrite } from '../sync/write'
import { consentRecords } from './schema'

/** Consent given on paper for these purposes, as a secretariat records it, for tests that need people listed or shared. */
export function giveConsent(database: AppDatabase, personId: string, purposes: readonly ConsentPurpose[]): void {
  syncWrite(database, (writer) => {
    for (const purpose of purposes)
      writer.insert(consentRecords, {
        personId,
        purpose,
        action: 'given',
        recordedOn: '2026-01-01',
        method: 'paper',
        recordedBy: 'Sekretariat',
      })
  })
}
