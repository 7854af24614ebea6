import { create } from 'zustand'
import type { ErrorPayload, Result } from '@shared/errors'
import type { District, Province, Regency, Taxonomies, Village } from '@shared/reference'
import { invoke } from '@renderer/api'
import { useHub } from '../hub/store'

/**
 * Reference data never changes while the app runs: each list is fetched once and shared by every
 * screen. A failed fetch is forgotten, so the next screen (or a retry) asks again.
 */
interface ReferenceState {
  provinces: Province[]
  taxonomies: Taxonomies | null
  /** Province code → its kabupaten/kota. */
  regencies: Record<string, Regency[]>
  /** Kabupaten/kota code → its kecamatan. */
  districts: Record<string, District[]>
  /** Kecamatan code → its desa/kelurahan. */
  villages: Record<string, Village[]>
  /** Why the provinces could not be fetched; the other lists' loaders return their refusal instead. */
  error: ErrorPayload | null
  loadProvinces(): Promise<void>
  /** The taxonomies and, with a province, its kabupaten/kota: what a member screen needs. */
  loadTaxonomies(provinceCode: string | null): Promise<ErrorPayload | null>
  loadDistricts(regencyCode: string): Promise<ErrorPayload | null>
  loadVillages(districtCode: string): Promise<ErrorPayload | null>
}

type Requested = Promise<ErrorPayload | null>
const requests = new Map<string, Requested>()

/** One request per key at a time, and none again once it has succeeded; a refusal frees the key. */
function fetchOnce<T>(key: string, call: () => Promise<Result<T>>, keep: (value: T) => void): Requested {
  let request = requests.get(key)
  if (!request) {
    request = call().then((result) => {
      if (result.ok) {
        keep(result.value)
        return null
      }
      requests.delete(key)
      return result.error
    })
    requests.set(key, request)
  }
  return request
}

export const useReference = create<ReferenceState>()((set) => ({
  provinces: [],
  taxonomies: null,
  regencies: {},
  districts: {},
  villages: {},
  error: null,
  async loadProvinces() {
    const error = await fetchOnce(
      'provinces',
      () => invoke('reference:provinces'),
      (provinces) => set({ provinces }),
    )
    set({ error })
  },
  async loadTaxonomies(provinceCode) {
    const errors = await Promise.all([
      fetchOnce(
        'taxonomies',
        () => invoke('reference:taxonomies'),
        (taxonomies) => set({ taxonomies }),
      ),
      provinceCode
        ? fetchOnce(
            `regencies:${provinceCode}`,
            () => invoke('reference:regencies', { provinceCode }),
            (list) => set((state) => ({ regencies: { ...state.regencies, [provinceCode]: list } })),
          )
        : null,
    ])
    return errors.find((error) => error !== null) ?? null
  },
  loadDistricts(regencyCode) {
    return fetchOnce(
      `districts:${regencyCode}`,
      () => invoke('reference:districts', { regencyCode }),
      (list) => set((state) => ({ districts: { ...state.districts, [regencyCode]: list } })),
    )
  },
  loadVillages(districtCode) {
    return fetchOnce(
      `villages:${districtCode}`,
      () => invoke('reference:villages', { districtCode }),
      (list) => set((state) => ({ villages: { ...state.villages, [districtCode]: list } })),
    )
  },
}))

/** The province of this hub; null on the national instance, which has none. */
export const useHubProvince = (): string | null =>
  useHub((state) => (state.status?.setUp ? state.status.identity.provinceCode : null))

// One empty list for every miss, so a selector's answer stays the same between renders.
const noRegencies: Regency[] = []

/** The kabupaten/kota of this hub's province, once loadTaxonomies has fetched them. */
export function useHubRegencies(): Regency[] {
  const provinceCode = useHubProvince()
  return useReference((state) => (provinceCode ? state.regencies[provinceCode] : undefined) ?? noRegencies)
}
