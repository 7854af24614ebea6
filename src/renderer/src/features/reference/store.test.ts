import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Result } from '@shared/errors'

const invoke = vi.fn<(channel: string, input?: unknown) => Promise<Result<unknown>>>()
vi.mock('@renderer/api', () => ({ invoke: (channel: string, input?: unknown) => invoke(channel, input) }))

const { useReference } = await import('./store')

const refusal = { code: 'INTERNAL', message: 'Basis data sibuk.' } as const
const taxonomies = { organisationTypes: [], sectors: [], sdgs: [], capacityAspects: [] }
const regencies = [{ code: '32.73', name: 'Kota Bandung', provinceCode: '32' }]

describe('the reference store', () => {
  beforeEach(() => invoke.mockReset())

  it('fetches the taxonomies and a province’s regencies once, however many screens ask at once', async () => {
    invoke.mockImplementation(async (channel) => ({
      ok: true,
      value: channel === 'reference:taxonomies' ? taxonomies : regencies,
    }))
    const answers = await Promise.all([
      useReference.getState().loadTaxonomies('32'),
      useReference.getState().loadTaxonomies('32'),
    ])
    await useReference.getState().loadTaxonomies('32')
    expect(answers).toEqual([null, null])
    expect(invoke.mock.calls.map(([channel]) => channel).sort()).toEqual([
      'reference:regencies',
      'reference:taxonomies',
    ])
    expect(useReference.getState().regencies['32']).toEqual(regencies)
  })

  it('hands back a refusal and asks again on the next load', async () => {
    invoke.mockResolvedValueOnce({ ok: false, error: refusal })
    expect(await useReference.getState().loadDistricts('32.73')).toEqual(refusal)
    invoke.mockResolvedValueOnce({ ok: true, value: [{ code: '32.73.01', name: 'Sukasari' }] })
    expect(await useReference.getState().loadDistricts('32.73')).toBeNull()
    expect(invoke).toHaveBeenCalledTimes(2)
    expect(useReference.getState().districts['32.73']).toEqual([{ code: '32.73.01', name: 'Sukasari' }])
  })
})
