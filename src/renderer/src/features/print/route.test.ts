import { describe, expect, it } from 'vitest'
import { parsePrintRoute } from './route'

describe('parsePrintRoute', () => {
  it("reads a receipt's fulfilment or a certificate from the hash main prints, and nothing else as a print page", () => {
    const id = '0190a6c0-0000-7000-8000-000000000001'
    expect(parsePrintRoute(`#/print/receipt/${id}`)).toEqual({ page: 'receipt', fulfilmentId: id })
    expect(parsePrintRoute(`#/print/certificate/${id}`)).toEqual({ page: 'certificate', certificateId: id })
    const filter = JSON.stringify({ from: '2026-01-01', to: null, regencyCode: '35.19' })
    expect(parsePrintRoute(`#/print/report/${encodeURIComponent(filter)}`)).toEqual({ page: 'report', filter })
    expect(parsePrintRoute('#/print/processing-record')).toEqual({ page: 'processing-record' })
    expect(parsePrintRoute('#/print/processing-record/x')).toBeNull()
    expect(parsePrintRoute(`#/print/dossier/${id}/en`)).toEqual({ page: 'dossier', personId: id, language: 'en' })
    // An older link, or a language this version does not know, prints in Bahasa Indonesia.
    expect(parsePrintRoute(`#/print/dossier/${id}`)).toEqual({ page: 'dossier', personId: id, language: 'id' })
    expect(parsePrintRoute('#/print/dossier')).toBeNull()
    for (const hash of ['', '#/', '#/print', '#/print/receipt', '#/print/other/x', '#/galangDaya/receipt/x'])
      expect(parsePrintRoute(hash)).toBeNull()
  })
})
