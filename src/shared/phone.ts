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

// Jakarta, Bandung, Semarang, Surabaya and Medan have two-digit area codes; the rest have three.
const TWO_DIGIT_AREA_CODES = new Set(['21', '22', '24', '31', '61'])

/**
 * +6281234567890 → +62 812-3456-7890, as mobiles are written on Indonesian name cards;
 * +62315551234 → +62 31 5551234, area code apart, as landlines are written ("(031) 5551234").
 */
export function formatPhone(canonical: string): string {
  const national = canonical.replace(/^\+62/, '')
  if (national.startsWith('8')) {
    const groups = national.slice(3).match(/.{1,4}/g) ?? []
    return `+62 ${[national.slice(0, 3), ...groups].join('-')}`
  }
  const areaLength = TWO_DIGIT_AREA_CODES.has(national.slice(0, 2)) ? 2 : 3
  return `+62 ${national.slice(0, areaLength)} ${national.slice(areaLength)}`
}
