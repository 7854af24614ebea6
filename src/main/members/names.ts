/**
 * How Indonesian organisation names are written in practice: "Yayasan", "Yys.", "YYS";
 * "Perkumpulan", "Perk."; "Lembaga Swadaya Masyarakat", "LSM". Search expands one into the
 * other; duplicate checks drop legal-form words, since "Yayasan Bina Desa" and "Bina Desa" in the
 * same kabupaten are most likely one organisation.
 */
export const abbreviations: Record<string, string[]> = {
  yayasan: ['yys', 'yy', 'yay'],
  perkumpulan: ['perk', 'pkm'],
  kabupaten: ['kab'],
  kota: ['kot'],
  kecamatan: ['kec'],
  kelurahan: ['kel'],
  desa: ['ds'],
  koperasi: ['kop'],
  lembaga: ['lbg'],
  persatuan: ['pers'],
  forum: ['frm'],
  masyarakat: ['masy', 'msy'],
  indonesia: ['indo'],
}

/** Words that say what legal shape an organisation has, not which one it is. */
const legalWords = new Set([
  'yayasan',
  'perkumpulan',
  'lembaga',
  'swadaya',
  'masyarakat',
  'lsm',
  'ormas',
  'organisasi',
  'komunitas',
  'pt',
  'cv',
])

const canonicalOf = new Map<string, string>(
  Object.entries(abbreviations).flatMap(([word, short]) => short.map((s) => [s, word] as [string, string])),
)

/** Lower case, accents and punctuation gone, whitespace collapsed: "Yys. Bina-Désa" → "yys bina desa". */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

export const words = (value: string): string[] => foldText(value).split(' ').filter(Boolean)

/** The word an abbreviation stands for, or the word itself. */
export const canonicalWord = (word: string): string => canonicalOf.get(word) ?? word

/**
 * The key two names of one organisation share: folded, abbreviations expanded, legal-form words
 * dropped. "YAYASAN Bina Désa" and "Yys. Bina Desa" both give "bina desa". A name made only of
 * legal words keeps them, so "Lembaga Swadaya Masyarakat" does not collapse to nothing.
 */
export function organisationNameKey(name: string): string {
  const all = words(name).map(canonicalWord)
  const distinctive = all.filter((word) => !legalWords.has(word))
  return (distinctive.length > 0 ? distinctive : all).join(' ')
}

/** People's names: folded and with honorifics dropped ("Hj. Siti Rahayu, S.Pd." → "siti rahayu"). */
const honorifics = new Set(['h', 'hj', 'ir', 'dr', 'drs', 'dra', 'prof', 'bapak', 'ibu', 'pak', 'bu', 'sdr', 'sdri'])
const degrees = /,\s*(s|m|a|d)\.?\s*[a-z.]*\.?(\s*\([^)]*\))?/gi

export function personNameKey(name: string): string {
  const withoutDegrees = name.replace(degrees, ' ')
  return words(withoutDegrees)
    .filter((word) => !honorifics.has(word))
    .join(' ')
}
