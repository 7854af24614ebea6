import { consentPurposes, type ConsentPurpose } from '../../shared/privacy'

type Row = Record<string, unknown>

/** The purposes a person's row says they consent to now (the derived `consent_purposes`). */
export function purposesOf(row: Row): ConsentPurpose[] {
  try {
    const parsed: unknown = JSON.parse(String(row.consent_purposes ?? '[]'))
    return Array.isArray(parsed) ? consentPurposes.filter((purpose) => parsed.includes(purpose)) : []
  } catch {
    return []
  }
}

/** Whether a person's row may be used for every one of these purposes: consented, neither restricted nor erased. */
export const personReleased = (row: Row, purposes: readonly ConsentPurpose[]): boolean => {
  if (row.restricted_on != null || row.erased_at != null) return false
  const given = purposesOf(row)
  return purposes.every((purpose) => given.includes(purpose))
}

/**
 * The same test in SQL over a people row (`alias.` prefixes its columns). `consent_purposes` holds
 * a JSON array of fixed words, so a quoted word is found by instr.
 */
export const personReleasedSql = (purposes: readonly ConsentPurpose[], alias = ''): string => {
  const column = (name: string) => (alias ? `${alias}.${name}` : name)
  return [
    `${column('restricted_on')} IS NULL`,
    `${column('erased_at')} IS NULL`,
    ...purposes.map((purpose) => `instr(${column('consent_purposes')}, '"${purpose}"') > 0`),
  ].join(' AND ')
}

/** People neither restricted nor erased: the only ones any export, bundle or report may name. */
export const personUsableSql = (alias = ''): string => personReleasedSql([], alias)

/**
 * A person's name as a report may print it: only with consent to be named in what is published
 * (the purpose `publication`); otherwise the row stays, nameless, so counts still add up.
 */
export const publishedName = (alias: string): string =>
  `CASE WHEN ${personReleasedSql(['publication'], alias)} THEN ${alias}.name ELSE '' END`
