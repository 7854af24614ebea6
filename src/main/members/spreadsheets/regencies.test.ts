import { describe, expect, it } from 'vitest'
import { listRegencies } from '../../reference/queries'
import { testDatabase } from '../../testing/database'
import { createRegencyMatcher } from './regencies'

describe('kabupaten/kota as people write them', () => {
  it('matches names, prefixes, suffixes and codes tolerantly, and never guesses a bare "Madiun"', () => {
    const { database } = testDatabase()
    const match = createRegencyMatcher(listRegencies(database.orm, '35'), listRegencies(database.orm, '32'))
    const found = (code: string) => ({ kind: 'found', code })
    expect(match('Kab. Madiun')).toEqual(found('35.19'))
    expect(match('KABUPATEN MADIUN')).toEqual(found('35.19'))
    expect(match('kab madiun')).toEqual(found('35.19'))
    expect(match('Madiun, Kab.')).toEqual(found('35.19'))
    expect(match('Kota Madiun')).toEqual(found('35.77'))
    expect(match('35.19')).toEqual(found('35.19'))
    expect(match('3577')).toEqual(found('35.77'))
    expect(match('surabaya')).toEqual(found('35.78'))
    expect(match('Madiun')).toMatchObject({
      kind: 'ambiguous',
      candidates: [expect.objectContaining({ code: '35.19' }), expect.objectContaining({ code: '35.77' })],
    })
    expect(match('32.04')).toEqual({ kind: 'outside', code: '32.04' })
    expect(match('Kab. Bogor')).toEqual({ kind: 'outside', code: '32.01' })
    expect(match('Kabupaten Bandung')).toEqual({ kind: 'outside', code: '32.04' })
    expect(match('Kabupaten Atlantis')).toEqual({ kind: 'unknown' })
    expect(match('Kota Ponorogo')).toEqual({ kind: 'unknown' })
  })
})
