import { AppError } from '../../shared/errors'
import type { Fulfilment, Receipt } from '../../shared/pledges'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { instanceNode } from '../sync/state'
import { fulfilmentColumns } from './pledge-rows'

/**
 * The next tanda terima number of this instance: TT/<province>/<year>/<instance tag>-<sequence>.
 * Instances of one hub number apart by their tag (the first 8 hex digits of the instance id, so two
 * PCs share one with odds of one in four billion), and each counts on from the highest number it
 * ever gave in that year. Deleted fulfilments stay as tombstones, so their numbers are never given
 * again. Called inside the fulfilment's write transaction, so two saves cannot take one number.
 */
export function nextReceiptNumber(database: AppDatabase, today: string): string {
  const identity = requireIdentity(database)
  const tag = instanceNode(database).slice(0, 8).toUpperCase()
  const prefix = `TT/${identity.provinceCode ?? 'NAS'}/${today.slice(0, 4)}/${tag}-`
  const highest = database.sqlite
    .prepare(
      // A range on the prefix, so the index reads only this instance's numbers of this year ('.'
      // sorts right after '-' and the digits start after it).
      `SELECT max(CAST(substr(receipt_number, ?) AS INTEGER)) FROM fulfilments
       WHERE receipt_number > ? AND receipt_number < ?`,
    )
    .pluck()
    .get(prefix.length + 1, prefix, `${prefix.slice(0, -1)}.`) as number | null
  return `${prefix}${String((highest ?? 0) + 1).padStart(4, '0')}`
}

type ReceiptRow = Pick<
  Fulfilment,
  'receiptNumber' | 'receivedOn' | 'rupiah' | 'quantity' | 'hours' | 'valuationRupiah' | 'evidenceReference' | 'note'
> &
  Pick<Receipt, 'form' | 'description'> & {
    unit: string | null
    supporterName: string
    supporterKind: Receipt['supporter']['kind']
    contactPerson: string | null
    address: string | null
    initiativeTitle: string
    regencyName: string | null
  }

/** Everything a printed tanda terima shows, for one live fulfilment. */
export function receipt(database: AppDatabase, fulfilmentId: string): Receipt {
  const identity = requireIdentity(database)
  const row = database.sqlite
    .prepare(
      `SELECT ${fulfilmentColumns}, p.form, p.unit, coalesce(p.description, n.description) AS description,
         s.name AS supporterName, s.kind AS supporterKind, s.contact_person AS contactPerson, s.address,
         i.title AS initiativeTitle, r.name AS regencyName
       FROM fulfilments f
       JOIN pledges p ON p.id = f.pledge_id
       JOIN supporters s ON s.id = p.supporter_id
       JOIN initiatives i ON i.id = p.initiative_id
       LEFT JOIN needs n ON n.id = p.need_id
       LEFT JOIN ref_regencies r ON r.code = i.regency_code
       WHERE f.id = ? AND f.deleted_at IS NULL`,
    )
    .get(fulfilmentId) as ReceiptRow | undefined
  if (!row) throw new AppError('NOT_FOUND', { key: 'validation.pledges.fulfilment.notFound' })
  return {
    receiptNumber: row.receiptNumber,
    receivedOn: row.receivedOn,
    hub: {
      name: identity.name,
      provinceName: identity.provinceName,
      contactName: identity.contactName,
      contactPhone: identity.contactPhone,
      contactEmail: identity.contactEmail,
    },
    supporter: {
      name: row.supporterName,
      kind: row.supporterKind,
      contactPerson: row.contactPerson,
      address: row.address,
    },
    initiative: { title: row.initiativeTitle, regencyName: row.regencyName },
    form: row.form,
    received: { rupiah: row.rupiah, quantity: row.quantity, unit: row.unit, hours: row.hours },
    description: row.description,
    valuationRupiah: row.valuationRupiah,
    evidenceReference: row.evidenceReference,
    note: row.note,
  }
}
