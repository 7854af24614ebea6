import { join } from 'node:path'
import type { InitiativeDetail } from '../../../shared/initiatives'
import type { PledgeDetail } from '../../../shared/pledges'
import { reportFilterInput, type WorkbookProgress } from '../../../shared/reports'
import { copServices, heldSession } from '../../cop/testing'
import { initiativeInput } from '../../initiatives/testing'
import { ok, saved } from '../../members/records/testing'
import { scriptedDialogs } from '../../testing/dialogs'
import type { Services } from '../../services'
import type { IndicatorRow } from './context'
import { startWorkbook, stepWorkbook } from './job'
import { readStoredWorkbook } from './test-xlsx'

/**
 * A Jawa Timur hub on 18 Mei 2026, 10.00 WIB, everything recorded as its screens record it. In
 * Kabupaten Madiun (35.19): Bina Desa with Siti (an e-mail, no consent) and Rina (consent), its
 * water initiative with a funds pledge of PT Sumber Rejeki (consent), partly received, and a story;
 * a finance session in March. In Kota Madiun (35.77): Makmur Sentosa, its waste bank with a goods
 * pledge of Bu Lastri (no consent), and a digital session on 1 April 06.00 WIB (31 March in UTC).
 * Gone: a deleted OMS, a deleted person, and Dewi's second record, which attended the digital
 * session and was merged into hers.
 */
export async function reportData() {
  const context = await copServices()
  const { registry, binaDesa, makmur, person, people } = context
  const invoke = async <T>(channel: string, input: unknown) => ok<T>(await registry.invoke(channel as never, input))
  const rina = await person('Rina Wulandari', binaDesa, {
    phone: '0812-1111-2222',
    email: 'rina@binadesa.or.id',
    consent: true,
    consentOn: '2026-01-10',
  })
  const organisation = async (name: string, values: Record<string, unknown> = {}) =>
    saved(
      await registry.invoke('members:createOrganisation', {
        name,
        regencyCode: '35.19',
        allowDuplicates: true,
        ...values,
      }),
    )
  await organisation('Kelompok Tani Lama', { status: 'active', statusSince: '2025-01-15' })
  await invoke('members:deleteRecord', { kind: 'organisation', id: await organisation('Forum Terhapus') })
  await invoke('members:deleteRecord', { kind: 'person', id: await person('Joko Terhapus', makmur) })
  const twin = await person('Dewi Anggraeni', makmur, { role: 'leader' })

  const initiative = async (lead: string, values: Record<string, unknown>) =>
    (await invoke<InitiativeDetail>('initiatives:create', initiativeInput(lead, values))).id
  const place = { districtCode: null, villageCode: null }
  const water = await initiative(binaDesa, { title: 'Air bersih Desa Sukorejo', startsOn: '2026-01-05', ...place })
  const waste = await initiative(makmur, { title: 'Bank sampah Kota Madiun', regencyCode: '35.77', ...place })
  const need = { description: 'Pipa dan tandon', initiativeId: water, form: 'funds', targetRupiah: 50_000_000 }
  await invoke('initiatives:createNeed', need)
  await invoke('initiatives:createNeed', {
    initiativeId: waste,
    form: 'goods',
    description: 'Tong',
    targetQuantity: 20,
    unit: 'unit',
  })

  await invoke('pledges:createFeeRate', { effectiveFrom: '2026-01-01', rateBp: 500 })
  const supporter = async (values: Record<string, unknown>) =>
    saved(await registry.invoke('supporters:create', { allowDuplicates: true, ...values }))
  const rejeki = await supporter({
    name: 'PT Sumber Rejeki',
    kind: 'company',
    contactPerson: 'Hendra',
    phone: '0813-2222-3333',
    email: 'csr@rejeki.co.id',
    consent: true,
    consentOn: '2026-02-01',
  })
  const lastri = await supporter({
    name: 'Bu Lastri',
    kind: 'individual',
    contactPerson: 'Lastri Handayani',
    phone: '0857-4444-5555',
    email: 'lastri@contoh.id',
  })
  const funds = await invoke<PledgeDetail>('pledges:create', {
    supporterId: rejeki,
    initiativeId: water,
    form: 'funds',
    rupiah: 3_000_000,
    pledgedOn: '2026-03-01',
    dueOn: '2026-03-31',
  })
  await invoke('pledges:createFulfilment', { pledgeId: funds.id, receivedOn: '2026-04-01', rupiah: 1_250_000 })
  await invoke('pledges:create', {
    supporterId: lastri,
    initiativeId: waste,
    form: 'goods',
    quantity: 10,
    unit: 'sak',
    valuationRupiah: 750_000,
    pledgedOn: '2026-05-02',
  })
  await invoke('stories:create', {
    initiativeId: water,
    title: 'Air mengalir ke 40 rumah',
    happenedOn: '2026-05-10',
    status: 'draft',
    narrative: 'Warga membangun sumur bor.',
    before: 'Berjalan 2 km.',
    after: 'Air di rumah.',
    photos: [],
    resourceMix: [
      { source: 'danaDesa', amountRupiah: 45_000_000 },
      { source: 'swadaya', amountRupiah: 12_500_000 },
    ],
  })

  const finance = { title: 'Keuangan OMS', organiserOrganisationId: binaDesa }
  await heldSession(context, { ...finance, startsAt: '2026-03-02T09:00', endsAt: '2026-03-02T12:00' }, [
    { personId: people.siti, status: 'present', pre: 40, post: 80 },
    { personId: people.budi, status: 'partial' },
    { personId: rina, status: 'absent' },
  ])
  const digital = { title: 'Transformasi Digital', aspect: 'digital_transformation', organiserOrganisationId: makmur }
  await heldSession(context, { ...digital, startsAt: '2026-04-01T06:00', endsAt: '2026-04-01T08:00' }, [
    { personId: people.wati, status: 'present', pre: 55, post: 75 },
    { personId: twin, status: 'present' },
  ])
  // Dewi was recorded twice; the record that attended is merged into the one that stays.
  await invoke('members:merge', { kind: 'person', survivorId: people.dewi, mergedId: twin })
  return context
}
export type ReportData = Awaited<ReturnType<typeof reportData>>

/** Services whose save dialog answers the given path. */
export function savingTo(context: { services: Services; directory: string }, fileName: string) {
  const files = scriptedDialogs()
  const path = join(context.directory, fileName)
  files.answerSave(path)
  return { services: { ...context.services, files }, files, path }
}

/** Runs a workbook job to the end, as the screen does, and reads the file it saved. */
export async function builtWorkbook(
  context: ReportData,
  filter: Record<string, unknown> = {},
  indicatorRows: IndicatorRow[] = [],
) {
  const { services, files, path } = savingTo(context, `laporan-${Object.values(filter).join('-') || 'semua'}.xlsx`)
  const first = await startWorkbook(services, reportFilterInput.parse(filter), indicatorRows)
  if (!first) throw new Error('the save dialog was cancelled')
  const steps: WorkbookProgress[] = [first]
  while (steps.at(-1)!.file === null) steps.push(await stepWorkbook(services, first.jobId))
  return { steps, files, path, sheets: readStoredWorkbook(path) }
}
