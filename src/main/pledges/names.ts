import { organisationNameKey, personNameKey } from '../members/names'

/**
 * The key two records of one supporter share. A person is keyed as the directory keys people
 * ("Hj. Siti Rahayu, S.Pd." is "siti rahayu"); everyone else as it keys organisations ("PT",
 * "Yayasan" and the like do not tell names apart).
 */
export const supporterNameKey = (name: string, kind: unknown): string =>
  kind === 'individual' ? personNameKey(name) : organisationNameKey(name)
