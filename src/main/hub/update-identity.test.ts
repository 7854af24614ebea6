import { describe, expect, it } from 'vitest'
import type { Result } from '../../shared/errors'
import type { HubIdentity } from '../../shared/hub'
import { testServices } from '../testing/database'

const jatim = {
  role: 'hub',
  provinceCode: '35',
  name: 'Forum OMS Jawa Timur',
  contactName: 'Sri Wahyuni',
  contactPhone: '0812-3456-7890',
}
const edit = {
  name: 'Forum OMS Jatim',
  contactName: 'Dewi Lestari',
  contactPhone: '',
  contactEmail: 'Dewi@ForumOMS-Jatim.or.id',
}

async function hubIn(setup: Record<string, unknown> = jatim) {
  const context = testServices({ clock: () => Date.parse('2026-05-18T03:00:00Z') })
  const created = (await context.registry.invoke('hub:setup', setup)) as Result<HubIdentity>
  if (!created.ok) throw new Error(created.error.message)
  return { ...context, identity: created.value }
}

const row = ({ services }: Awaited<ReturnType<typeof hubIn>>, id: string) =>
  services.database.sqlite
    .prepare(
      'SELECT name, contact_name, contact_phone, contact_email, province_code, field_clocks FROM hubs WHERE id = ?',
    )
    .get(id) as Record<string, string | null>

describe("editing the hub's identity", () => {
  it('changes the name and contact through the write path, so the row travels', async () => {
    const context = await hubIn()
    const result = (await context.registry.invoke('hub:updateIdentity', edit)) as Result<HubIdentity>
    expect(result).toEqual({
      ok: true,
      value: {
        ...context.identity,
        name: 'Forum OMS Jatim',
        contactName: 'Dewi Lestari',
        contactPhone: null,
        contactEmail: 'dewi@forumoms-jatim.or.id',
      },
    })
    expect(await context.registry.invoke('hub:status', undefined)).toMatchObject({
      ok: true,
      value: { identity: { name: 'Forum OMS Jatim', provinceCode: '35' } },
    })
    const stored = row(context, context.identity.hubId)
    expect(stored).toMatchObject({ name: 'Forum OMS Jatim', contact_phone: null, province_code: '35' })
    // Each changed field carries its clock, as sync needs to merge it.
    expect(Object.keys(JSON.parse(stored.field_clocks as string))).toEqual([
      'contact_email',
      'contact_name',
      'contact_phone',
      'name',
    ])
  })

  it('accepts the province on record, and refuses another one, saying it is fixed', async () => {
    const context = await hubIn()
    expect(await context.registry.invoke('hub:updateIdentity', { ...edit, provinceCode: '35' })).toMatchObject({
      ok: true,
    })
    expect(await context.registry.invoke('hub:updateIdentity', { ...edit, provinceCode: '33' })).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Ada isian yang perlu diperbaiki.',
        fields: {
          provinceCode: expect.stringMatching(/^Provinsi hub tidak dapat diubah: hub ini ditetapkan untuk Jawa Timur/),
        },
      },
    })
    expect(row(context, context.identity.hubId).province_code).toBe('35')
  })

  it('refuses a province for the national instance', async () => {
    const context = await hubIn({ role: 'national', name: 'Sekretariat Nasional', contactEmail: 'nas@contoh.or.id' })
    expect(await context.registry.invoke('hub:updateIdentity', { ...edit, provinceCode: '35' })).toMatchObject({
      ok: false,
      error: {
        fields: {
          provinceCode: 'Instans nasional tidak terikat pada provinsi mana pun; provinsinya tidak dapat diisi.',
        },
      },
    })
  })

  it('checks the fields as the setup form does, field by field, and changes nothing', async () => {
    const context = await hubIn()
    const before = row(context, context.identity.hubId)
    expect(
      await context.registry.invoke('hub:updateIdentity', {
        name: ' ',
        contactName: '',
        contactPhone: '',
        contactEmail: '',
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.any(String),
        fields: {
          name: 'Nama organisasi hub wajib diisi.',
          contactName: 'Nama kontak sekretariat wajib diisi.',
          contactPhone: 'Isi setidaknya nomor telepon atau e-mail sekretariat.',
        },
      },
    })
    expect(
      await context.registry.invoke('hub:updateIdentity', { ...edit, contactPhone: '12', contactEmail: 'dewi@' }),
    ).toMatchObject({
      ok: false,
      error: {
        fields: {
          contactPhone: expect.stringMatching(/^Nomor telepon tidak dikenali/),
          contactEmail: expect.stringMatching(/^Alamat e-mail tidak valid/),
        },
      },
    })
    expect(await context.registry.invoke('hub:updateIdentity', { ...edit, role: 'national' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('role') },
    })
    expect(row(context, context.identity.hubId)).toEqual(before)
  })

  it('is refused before the hub is set up', async () => {
    const { registry } = testServices()
    expect(await registry.invoke('hub:updateIdentity', edit)).toMatchObject({
      ok: false,
      error: { code: 'NOT_SET_UP' },
    })
  })
})
