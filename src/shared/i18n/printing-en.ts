import type { Catalog } from './id'
import type { printingId } from './printing-id'

export const printingEn: Catalog<typeof printingId> = {
  unavailable: 'Printing to PDF works in the Lokadaya Hub app only, not from the command line.',
  failed: 'The page could not be printed to PDF ({{detail}}). No file was saved. Try again.',
  saveFailed: 'The PDF could not be saved at {{path}} ({{detail}}). Choose another folder and try again.',
}
