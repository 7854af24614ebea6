import { consentPurposes } from '../../shared/privacy'
import type { PersonalGroup, SyncedTableDeclaration } from '../sync/declare'
import { personReleased, personReleasedSql } from './gates'
import { consentRecords } from './schema'

/**
 * What identifies a person leaves the hub only with their consent to share it with the national
 * team, and their phone and e-mail only with consent to be contacted as well; neither while a
 * restriction holds. Gender, birth year, role and OMS travel whatever the consent: the national
 * indicators count people, and without a name these say no one's identity.
 */
export const nameGroup: PersonalGroup = {
  columns: ['name', 'notes'],
  derived: ['name_key'],
  releasedSql: personReleasedSql(['national']),
  released: (row) => personReleased(row, ['national']),
}

export const personalGroups: PersonalGroup[] = [
  nameGroup,
  {
    columns: ['phone', 'email'],
    releasedSql: personReleasedSql(['national', 'contact']),
    released: (row) => personReleased(row, ['national', 'contact']),
  },
]

/**
 * Consent records travel, so every instance derives the same consent from them. The scan of a
 * signed form stays with the hub that holds the paper: the national team has the record of it.
 */
export const privacyTables: SyncedTableDeclaration[] = [
  {
    table: consentRecords,
    attachments: [{ column: 'proof_sha256', holds: 'sha256' }],
    personal: [{ columns: ['proof_sha256'], releasedSql: '0', released: () => false }],
  },
]

/**
 * A consent, for one purpose, is the latest record of it (by the date it was given or withdrawn,
 * then by when it was written); a consent of someone under 18 counts only from a guardian. A
 * person with no record of contact consent keeps the flag people had before consent records
 * (migration 0010), unless they were under 18 when it was ticked: no guardian gave that one.
 * Set-based over temp.sync_touched, like every derived column.
 */
const adultOn = (date: string) =>
  `(people.birth_year IS NULL OR CAST(substr(${date}, 1, 4) AS INTEGER) - people.birth_year >= 18)`
/** The day the flag was ticked, or for a flag with no date the day the person was entered. */
const legacyContactOn = 'coalesce(people.consent_on, people.created_at)'
const latest = (
  purpose: string,
) => `(SELECT r.action = 'given' AND (r.guardian_name IS NOT NULL OR ${adultOn('r.recorded_on')})
  FROM consent_records r WHERE r.person_id = people.id AND r.purpose = ${purpose} AND r.deleted_at IS NULL
  ORDER BY r.recorded_on DESC, r.created_hlc DESC, r.id DESC LIMIT 1)`
const latestContactOn = `(SELECT r.recorded_on FROM consent_records r
  WHERE r.person_id = people.id AND r.purpose = 'contact' AND r.deleted_at IS NULL
  ORDER BY r.recorded_on DESC, r.created_hlc DESC, r.id DESC LIMIT 1)`
const hasContactRecord = `EXISTS (SELECT 1 FROM consent_records r
  WHERE r.person_id = people.id AND r.purpose = 'contact' AND r.deleted_at IS NULL)`
const purposeList = consentPurposes.map((purpose, rank) => `('${purpose}', ${rank})`).join(', ')

/** The fields an erasure removes, blank: restated on every write so no later edit brings them back. */
export const erasedFields = ['name', 'birth_year', 'phone', 'email', 'notes'] as const

export const consentDerived = {
  recompute: [
    // First, so the purposes below read the flag as it stands (a birth year corrected since counts).
    `UPDATE people SET consent = 0, consent_on = NULL
    WHERE id IN (SELECT id FROM temp.sync_touched WHERE tbl = 'people') AND consent AND NOT ${hasContactRecord}
      AND NOT ${adultOn(legacyContactOn)}`,
    `UPDATE people SET consent_purposes = (
      SELECT json_group_array(p.column1 ORDER BY p.column2) FROM (VALUES ${purposeList}) p
      WHERE coalesce(${latest('p.column1')}, p.column1 = 'contact' AND people.consent AND NOT ${hasContactRecord}))
    WHERE id IN (SELECT id FROM temp.sync_touched WHERE tbl = 'people')
      -- Most people have no record: what the flag says is what they have, and it is there already.
      AND (EXISTS (SELECT 1 FROM consent_records r WHERE r.person_id = people.id)
        OR consent_purposes IS NOT CASE WHEN consent THEN '["contact"]' ELSE '[]' END)`,
    // After consent_purposes, which still read the flag as it was.
    `UPDATE people SET consent = coalesce(${latest("'contact'")}, 0), consent_on = CASE WHEN ${latest("'contact'")} THEN ${latestContactOn} END
    WHERE id IN (SELECT id FROM temp.sync_touched WHERE tbl = 'people') AND ${hasContactRecord}`,
    // A sibling PC that had not heard of the erasure may still edit the person: the erasure holds.
    `UPDATE people SET name = '', birth_year = NULL, phone = NULL, email = NULL, notes = NULL
    WHERE id IN (SELECT id FROM temp.sync_touched WHERE tbl = 'people') AND erased_at IS NOT NULL
      AND (name <> '' OR birth_year IS NOT NULL OR phone IS NOT NULL OR email IS NOT NULL OR notes IS NOT NULL)`,
  ],
}
