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
 * A landline's local number in the groups Indonesian letterheads use: 551-234, 567-8901, 5678-9012.
 * Lengths with no usual grouping are left whole.
 */
const LOCAL_GROUPS: Record<number, number[]> = { 6: [3, 3], 7: [3, 4], 8: [4, 4], 9: [3, 3, 3] }

function groupLocal(local: string): string {
  const sizes = LOCAL_GROUPS[local.length]
  if (!sizes) return local
  let start = 0
  return sizes
    .map((size) => {
      const group = local.slice(start, start + size)
      start += size
      return group
    })
    .join('-')
}

/**
 * One style for every number: +62, the operator or area code, then the rest in hyphenated groups.
 * +6281234567890 → +62 812-3456-7890, as mobiles are written on Indonesian name cards;
 * +623156789012 → +62 31 5678-9012, the area code apart as in "(031) 5678-9012". libphonenumber
 * leaves a landline's local number whole (+62 31 56789012), which reads unlike the mobiles beside it.
 */
export function formatPhone(canonical: string): string {
  const national = canonical.replace(/^\+62/, '')
  if (national.startsWith('8')) {
    const groups = national.slice(3).match(/.{1,4}/g) ?? []
    return `+62 ${[national.slice(0, 3), ...groups].join('-')}`
  }
  const areaLength = TWO_DIGIT_AREA_CODES.has(national.slice(0, 2)) ? 2 : 3
  return `+62 ${national.slice(0, areaLength)} ${groupLocal(national.slice(areaLength))}`
}
