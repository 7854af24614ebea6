/**
 * Indonesian phone numbers arrive as 0812…, +62 812…, 62812…, (0351) 123-456. The canonical form is
 * E.164 (+62…), so the same number typed three ways is one number for search and duplicate checks.
 */
const NATIONAL_SIGNIFICANT = /^[1-9]\d{6,11}$/

export function normalizePhone(raw: string): string | null {
  const compact = raw.trim().replace(/[\s().-]/g, '')
  if (compact === '') return null
  let national: string
  if (compact.startsWith('+62')) national = compact.slice(3)
  else if (compact.startsWith('62')) national = compact.slice(2)
  else if (compact.startsWith('0')) national = compact.slice(1)
  else return null
  return NATIONAL_SIGNIFICANT.test(national) ? `+62${national}` : null
}

/** +6281234567890 → +62 812-3456-7890, the way numbers are written on Indonesian name cards. */
export function formatPhone(canonical: string): string {
  const national = canonical.replace(/^\+62/, '')
  const head = national.startsWith('8') ? national.slice(0, 3) : national.slice(0, 2)
  const rest = national.slice(head.length)
  const groups = rest.match(/.{1,4}/g) ?? []
  return `+62 ${[head, ...groups].join('-')}`
}
