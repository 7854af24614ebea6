/**
 * Where each of Indonesia's 38 provinces sits on the tile map, by Kemendagri code: a 13 × 4 grid
 * drawn roughly as the islands lie. Sumatra runs down from Aceh at the top left, Java with Bali and
 * Nusa Tenggara makes the bottom row, Kalimantan and Sulawesi sit between, Maluku and the six Papua
 * provinces on the right. Java is stretched to one row (its six provinces in three degrees of
 * longitude), which pushes Kalimantan and Sulawesi a little west of where they really are.
 *
 * `short` is the common Indonesian acronym, upper case, short enough for a tile a 1366-pixel
 * screen gives 13 columns; the full name comes from the caller's data.
 */
export interface TilePlace {
  row: number
  col: number
  short: string
}

export const TILE_GRID_COLUMNS = 13
export const TILE_GRID_ROWS = 4

export const TILE_GRID: Readonly<Record<string, TilePlace>> = {
  // Sumatra
  '11': { row: 0, col: 0, short: 'ACEH' },
  '12': { row: 0, col: 1, short: 'SUMUT' },
  '14': { row: 0, col: 2, short: 'RIAU' },
  '21': { row: 0, col: 3, short: 'KEPRI' },
  '13': { row: 1, col: 1, short: 'SUMBAR' },
  '15': { row: 1, col: 2, short: 'JAMBI' },
  '19': { row: 1, col: 3, short: 'BABEL' },
  '17': { row: 2, col: 1, short: 'BENGKULU' },
  '16': { row: 2, col: 2, short: 'SUMSEL' },
  '18': { row: 2, col: 3, short: 'LAMPUNG' },
  // Java, Bali and Nusa Tenggara
  '36': { row: 3, col: 3, short: 'BANTEN' },
  '31': { row: 3, col: 4, short: 'JAKARTA' },
  '32': { row: 3, col: 5, short: 'JABAR' },
  '33': { row: 3, col: 6, short: 'JATENG' },
  '34': { row: 3, col: 7, short: 'DIY' },
  '35': { row: 3, col: 8, short: 'JATIM' },
  '51': { row: 3, col: 9, short: 'BALI' },
  '52': { row: 3, col: 10, short: 'NTB' },
  '53': { row: 3, col: 11, short: 'NTT' },
  // Kalimantan
  '65': { row: 0, col: 5, short: 'KALTARA' },
  '61': { row: 1, col: 4, short: 'KALBAR' },
  '64': { row: 1, col: 5, short: 'KALTIM' },
  '62': { row: 2, col: 4, short: 'KALTENG' },
  '63': { row: 2, col: 5, short: 'KALSEL' },
  // Sulawesi
  '75': { row: 0, col: 7, short: 'GTLO' },
  '71': { row: 0, col: 8, short: 'SULUT' },
  '76': { row: 1, col: 6, short: 'SULBAR' },
  '72': { row: 1, col: 7, short: 'SULTENG' },
  '73': { row: 2, col: 6, short: 'SULSEL' },
  '74': { row: 2, col: 7, short: 'SULTRA' },
  // Maluku
  '82': { row: 0, col: 9, short: 'MALUT' },
  '81': { row: 1, col: 9, short: 'MALUKU' },
  // Papua: Barat Daya (Sorong) and Barat (Manokwari) on the Bird's Head, Papua (Jayapura) on the
  // north coast, Tengah (Nabire) and Pegunungan (Wamena) below them, Selatan (Merauke) at the bottom.
  '96': { row: 1, col: 10, short: 'PBD' },
  '92': { row: 1, col: 11, short: 'PABAR' },
  '91': { row: 1, col: 12, short: 'PAPUA' },
  '94': { row: 2, col: 11, short: 'PAPTENG' },
  '95': { row: 2, col: 12, short: 'PAPEG' },
  '93': { row: 3, col: 12, short: 'PAPSEL' },
}
