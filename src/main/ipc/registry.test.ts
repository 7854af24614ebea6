import { describe, expect, it, vi } from 'vitest'
import { AppError } from '../../shared/errors'
import { testServices } from '../testing/database'
import { createRegistry } from './registry'

describe('handler registry', () => {
  it('answers a valid call with { ok: true, value }', async () => {
    const { registry } = testServices()
    const result = await registry.invoke('reference:regencies', { provinceCode: '35' })
    expect(result.ok && (result.value as unknown[]).length).toBe(38)
  })

  it('rejects bad input with per-field messages in Indonesian, and in English once chosen', async () => {
    const { registry } = testServices()
    const bad = { role: 'hub', provinceCode: 'xx', name: '  ', contactPhone: '12', contactEmail: 'nope' }
    expect(await registry.invoke('hub:setup', bad)).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Ada isian yang perlu diperbaiki.',
        fields: {
          provinceCode: 'Pilih provinsi hub.',
          name: 'Nama organisasi hub wajib diisi.',
          contactPhone: 'Nomor telepon tidak dikenali. Contoh: 0812 3456 7890 atau +62 812 3456 7890.',
          contactEmail: 'Alamat e-mail tidak valid. Contoh: sekretariat@contoh.or.id.',
        },
      },
    })
    await registry.invoke('settings:setLanguage', { language: 'en' })
    const english = await registry.invoke('hub:setup', bad)
    expect(!english.ok && english.error.fields?.name).toBe('Enter the name of the hub organisation.')
    expect(await registry.invoke('hub:status', undefined)).toEqual({ ok: true, value: { setUp: false, notices: [] } })
  })

  it('turns input of the wrong shape into a generic field message, not zod English', async () => {
    const { registry } = testServices()
    const result = await registry.invoke('settings:setLanguage', { language: 'fr' })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Ada isian yang perlu diperbaiki.',
        fields: { language: 'Bahasa tidak didukung. Pilih Bahasa Indonesia atau English.' },
      },
    })
    const wrong = await registry.invoke('reference:regencies', 42)
    expect(!wrong.ok && wrong.error.fields).toEqual({ _: 'Isian tidak valid.' })
  })

  it('refuses unknown keys by name, top-level and nested, in Indonesian and English', async () => {
    const { registry } = testServices()
    const smuggled = {
      id: '0190f5c2-6a4e-7cc1-8a2b-3f4d5e6a7b8c',
      name: 'Yayasan Bina Desa',
      regencyCode: '35.19',
      hubId: 'another-hub',
      deletedAt: null,
      createdAt: '2020-01-01T00:00:00Z',
      mergedIntoId: null,
    }
    expect(await registry.invoke('members:updateOrganisation', smuggled)).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message:
          'Permintaan berisi isian yang tidak dikenal: hubId, deletedAt, createdAt, mergedIntoId. Tidak ada data yang diubah.',
        fields: {
          hubId: 'Isian "hubId" tidak dikenal dan tidak diterima di sini.',
          deletedAt: 'Isian "deletedAt" tidak dikenal dan tidak diterima di sini.',
          createdAt: 'Isian "createdAt" tidak dikenal dan tidak diterima di sini.',
          mergedIntoId: 'Isian "mergedIntoId" tidak dikenal dan tidak diterima di sini.',
        },
      },
    })
    await registry.invoke('settings:setLanguage', { language: 'en' })
    expect(
      await registry.invoke('members:listPeople', { query: 'siti', filters: { gender: null, deleted: true } }),
    ).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'The request contains unknown entries: filters.deleted. Nothing was changed.',
        fields: { 'filters.deleted': 'Unknown entry "filters.deleted": it is not accepted here.' },
      },
    })
  })

  it('names an unknown "__proto__" key like any other', async () => {
    const { registry } = testServices()
    const result = await registry.invoke('reference:regencies', JSON.parse('{"provinceCode":"35","__proto__":{"x":1}}'))
    expect(!result.ok && result.error.message).toBe(
      'Permintaan berisi isian yang tidak dikenal: __proto__. Tidak ada data yang diubah.',
    )
    expect(!result.ok && Object.entries(result.error.fields ?? {})).toEqual([
      ['__proto__', 'Isian "__proto__" tidak dikenal dan tidak diterima di sini.'],
    ])
  })

  it('names the invisible character a text field refused', async () => {
    const { registry } = testServices()
    const result = await registry.invoke('members:createOrganisation', {
      name: 'Yayasan\0Bina Desa',
      acronym: 'YBD\n',
      regencyCode: '35.19',
      villageName: 'Desa\tKuncen',
    })
    expect(!result.ok && result.error.fields).toEqual({
      name: 'Isian ini berisi karakter kontrol tak terlihat (U+0000). Hapus karakter itu, misalnya dengan mengetik ulang isiannya.',
      villageName: 'Isian ini hanya satu baris: hapus baris baru atau tab (U+0009).',
    })
    await registry.invoke('settings:setLanguage', { language: 'en' })
    const english = await registry.invoke('members:listOrganisations', { query: 'bina\u0085desa' })
    expect(!english.ok && english.error.fields).toEqual({
      query:
        'This entry contains an invisible control character (U+0085). Remove it, for instance by typing the entry again.',
    })
  })

  it('refuses channels outside the contract', async () => {
    const { registry } = testServices()
    for (const channel of ['fs:read', '__proto__', 'constructor'])
      expect(await registry.invoke(channel, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
  })

  it('hides unexpected errors behind a calm message and logs them', async () => {
    const { services } = testServices()
    const log = vi.fn()
    const registry = createRegistry(services, log)
    registry.register('app:info', () => {
      throw new Error('SQLITE_CORRUPT at page 7')
    })
    const result = await registry.invoke('app:info', undefined)
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/^Terjadi kesalahan tak terduga/) },
    })
    expect(JSON.stringify(result)).not.toContain('SQLITE_CORRUPT')
    expect(log).toHaveBeenCalledOnce()
  })

  it('translates AppErrors thrown by handlers, and envelopes refusals made before dispatch', async () => {
    const { services } = testServices()
    const registry = createRegistry(services)
    registry.register('hub:status', () => {
      throw new AppError('NOT_SET_UP', { key: 'errors.notSetUp' })
    })
    expect(await registry.invoke('hub:status', undefined)).toEqual({
      ok: false,
      error: { code: 'NOT_SET_UP', message: 'Hub ini belum disiapkan. Selesaikan penyiapan awal terlebih dahulu.' },
    })
    expect(registry.failure(new AppError('FORBIDDEN', { key: 'errors.forbidden' }))).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Permintaan ditolak: asalnya bukan dari aplikasi Lokadaya Hub.' },
    })
  })

  it('refuses to register a channel twice, and reports unhandled channels', () => {
    const { services } = testServices()
    const registry = createRegistry(services)
    registry.register('app:info', () => ({}) as never)
    expect(() => registry.register('app:info', () => ({}) as never)).toThrow(/twice/)
    expect(registry.missing()).toContain('hub:setup')
    expect(registry.missing()).not.toContain('app:info')
  })
})
