import { measureOf, type Fulfilment, type PledgeDetail, type SupporterKind } from '../../../shared/pledges'
import { fulfilmentColumns, loadPledges } from '../../pledges/pledge-rows'
import { longest, tableOf, type ColumnOf } from './cells'
import { querySheet, type SheetBuilder, type SheetContext } from './context'
import { pledgeStatusLabels, supportFormLabels, supporterKindLabels } from './labels'
import { phone } from './member-sheets'
import { releasable } from './personal'
import { fulfilmentScope, pledgeScope } from './scope'

type SupporterRow = Record<'contact_person' | 'phone' | 'email', string | null> & {
  id: string
  kind: SupporterKind
  consent: number
}

/** The supporters of these pledges, their contact fields only as far as they consented. */
function supportersOf(context: SheetContext, pledges: PledgeDetail[]): Map<string, SupporterRow> {
  const rows = context.database.sqlite
    .prepare(
      `SELECT id, kind, contact_person, phone, email, consent FROM supporters
        WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify([...new Set(pledges.map((pledge) => pledge.supporterId))])) as SupporterRow[]
  return new Map(rows.map((row) => [row.id, releasable('supporters', row)]))
}

/** What was received, in the pledge's own measure: rupiah in its own column, pieces or hours in another. */
const receivedIn = (pledge: PledgeDetail, measures: string[]) =>
  measures.includes(measureOf(pledge.form)) ? pledge.progress.received : null

/** The columns of pledges whose supporters (contacts as far as consented) are these. */
const pledgeColumns = (supporters: Map<string, SupporterRow>): ColumnOf<PledgeDetail>[] => {
  const supporter = (pledge: PledgeDetail) => supporters.get(pledge.supporterId)
  return [
    ['Tanggal janji', 'date', (p) => p.pledgedOn],
    ['Pendukung', 'text', (p) => p.supporterName],
    [
      'Jenis pendukung',
      'text',
      (p) => {
        const found = supporter(p)
        return found ? supporterKindLabels[found.kind] : null
      },
      longest(supporterKindLabels),
    ],
    ['Kontak', 'text', (p) => supporter(p)?.contact_person ?? null],
    ['Telepon', 'text', (p) => phone(supporter(p)?.phone ?? null)],
    ['E-mail', 'text', (p) => supporter(p)?.email ?? null],
    ['Persetujuan kontak', 'yesNo', (p) => supporter(p)?.consent === 1],
    ['Inisiatif', 'text', (p) => p.initiativeTitle],
    ['Kebutuhan', 'text', (p) => p.needDescription],
    ['Bentuk dukungan', 'text', (p) => supportFormLabels[p.form], longest(supportFormLabels)],
    ['Jumlah dana', 'rupiah', (p) => p.rupiah],
    ['Jumlah barang', 'count', (p) => p.quantity],
    ['Satuan', 'text', (p) => p.unit],
    ['Jumlah orang', 'count', (p) => p.people],
    ['Jam per orang', 'count', (p) => p.hours],
    ['Uraian', 'text', (p) => p.description],
    ['Nilai non-dana', 'rupiah', (p) => p.valuationRupiah],
    ['Jatuh tempo', 'date', (p) => p.dueOn],
    ['Cicilan', 'count', (p) => p.instalmentCount],
    ['Status', 'text', (p) => pledgeStatusLabels[p.progress.status], longest(pledgeStatusLabels)],
    ['Dana diterima', 'rupiah', (p) => receivedIn(p, ['rupiah'])],
    ['Barang/jam diterima', 'count', (p) => receivedIn(p, ['quantity', 'hours'])],
    ['Terlambat sejak', 'date', (p) => p.progress.overdueSince],
    ['Dibatalkan pada', 'date', (p) => p.cancelledOn],
    ['Alasan pembatalan', 'text', (p) => p.cancelReason],
  ]
}

/** Read as the pledge pages read them, so the status is the one the app shows. */
export const pledgeSheet: SheetBuilder = {
  name: 'Janji Dukungan',
  period: 'tanggal janji',
  build(context) {
    // Newest first as the pages list them: reversed, the oldest first, a day's in the order recorded.
    const pledges = loadPledges(context.database, pledgeScope, [context.params], context.params.today).reverse()
    return tableOf(pledgeColumns(supportersOf(context, pledges)), pledges)
  },
}

type FulfilmentLine = Fulfilment & Record<'supporter' | 'initiative', string | null> & { form: PledgeDetail['form'] }

export const fulfilmentSheet = querySheet<FulfilmentLine>({
  name: 'Penerimaan',
  period: 'tanggal terima',
  columns: () => [
    ['Nomor tanda terima', 'text', (f) => f.receiptNumber],
    ['Tanggal terima', 'date', (f) => f.receivedOn],
    ['Pendukung', 'text', (f) => f.supporter],
    ['Inisiatif', 'text', (f) => f.initiative],
    ['Bentuk dukungan', 'text', (f) => supportFormLabels[f.form], longest(supportFormLabels)],
    ['Dana', 'rupiah', (f) => f.rupiah],
    ['Jumlah barang', 'count', (f) => f.quantity],
    ['Jam', 'count', (f) => f.hours],
    ['Nilai non-dana', 'rupiah', (f) => f.valuationRupiah],
    ['Tarif biaya pengelolaan', 'percent', (f) => f.feeRateBp / 100],
    ['Biaya pengelolaan', 'rupiah', (f) => f.feeRupiah],
    ['Bagian provinsi (tarif)', 'percent', (f) => f.provincialShareBp / 100],
    ['Bagian provinsi', 'rupiah', (f) => f.provincialShareRupiah],
    ['Referensi bukti', 'text', (f) => f.evidenceReference],
    ['Catatan', 'text', (f) => f.note],
  ],
  sql: `SELECT ${fulfilmentColumns}, s.name AS supporter, i.title AS initiative, p.form
    FROM fulfilments f
    JOIN pledges p ON p.id = f.pledge_id
    LEFT JOIN supporters s ON s.id = p.supporter_id
    LEFT JOIN initiatives i ON i.id = p.initiative_id
    WHERE ${fulfilmentScope} ORDER BY f.received_on, f.receipt_number, f.id`,
})
