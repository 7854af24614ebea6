/** Fingerprints are compared as their digits: people type them with or without spaces or dashes. */
export const digitsOf = (text: string): string => text.replace(/[\s-]/g, '')

const GROUP = 5

/**
 * The groups (counted from 1) where what the user typed differs from the key's fingerprint, so
 * both sides can read those again; null until as many characters as the fingerprint has are typed.
 */
export function differingGroups(typed: string, fingerprint: string): number[] | null {
  const expected = digitsOf(fingerprint)
  const given = digitsOf(typed)
  if (given.length < expected.length) return null
  const groups: number[] = []
  for (let start = 0; start < expected.length; start += GROUP)
    if (given.slice(start, start + GROUP) !== expected.slice(start, start + GROUP)) groups.push(start / GROUP + 1)
  if (given.length > expected.length && !groups.includes(expected.length / GROUP)) groups.push(expected.length / GROUP)
  return groups
}
