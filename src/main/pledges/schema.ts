import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { syncColumns, syncIndex } from '../db/columns'
import { supportForms } from '../../shared/initiatives'
import { instalmentIntervals, partnershipModels, partnerTypes, supporterKinds } from '../../shared/pledges'

export { supporterKinds }

/**
 * Those who pledge support (Galang Daya). Contact fields leave the hub only with `consent`, as a
 * person's do. An OMS supporter points at the directory through `organisation_id`.
 */
export const supporters = sqliteTable(
  'supporters',
  {
    ...syncColumns(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    kind: text('kind', { enum: supporterKinds }).notNull(),
    organisationId: text('organisation_id'),
    regencyCode: text('regency_code'),
    contactPerson: text('contact_person'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    consent: integer('consent', { mode: 'boolean' }).notNull().default(false),
    consentOn: text('consent_on'),
    notes: text('notes'),
  },
  (t) => [
    syncIndex('supporters', t),
    index('supporters_name_key_idx').on(t.nameKey),
    index('supporters_phone_idx').on(t.phone),
    index('supporters_email_idx').on(t.email),
  ],
)

/**
 * A pledge of support. Its status (dijanjikan, sebagian terpenuhi, terpenuhi, terlambat) is derived
 * from its fulfilments and today's date when read, never stored; only a cancellation is recorded,
 * with its reason. With `instalment_count` > 1, `due_on` is the first instalment's due date and the
 * others follow every month or quarter.
 */
export const pledges = sqliteTable(
  'pledges',
  {
    ...syncColumns(),
    supporterId: text('supporter_id').notNull(),
    initiativeId: text('initiative_id').notNull(),
    needId: text('need_id'),
    form: text('form', { enum: supportForms }).notNull(),
    rupiah: integer('rupiah'),
    quantity: integer('quantity'),
    unit: text('unit'),
    people: integer('people'),
    hours: integer('hours'),
    description: text('description'),
    /** A rupiah value put on in-kind support. */
    valuationRupiah: integer('valuation_rupiah'),
    pledgedOn: text('pledged_on').notNull(),
    dueOn: text('due_on'),
    instalmentCount: integer('instalment_count').notNull().default(1),
    instalmentInterval: text('instalment_interval', { enum: instalmentIntervals }),
    partnershipModel: text('partnership_model', { enum: partnershipModels }),
    partnerType: text('partner_type', { enum: partnerTypes }),
    note: text('note'),
    cancelledOn: text('cancelled_on'),
    cancelReason: text('cancel_reason'),
  },
  (t) => [
    syncIndex('pledges', t),
    index('pledges_supporter_idx').on(t.supporterId),
    index('pledges_initiative_idx').on(t.initiativeId),
    index('pledges_need_idx').on(t.needId),
  ],
)

/**
 * What was received against a pledge. The management fee rate and the provincial share in force
 * on `received_on` are kept on the row with the amounts they give, so a later rate change never
 * rewrites it. `receipt_number` is the hub's tanda terima number, unique across its instances.
 */
export const fulfilments = sqliteTable(
  'fulfilments',
  {
    ...syncColumns(),
    pledgeId: text('pledge_id').notNull(),
    receivedOn: text('received_on').notNull(),
    rupiah: integer('rupiah'),
    quantity: integer('quantity'),
    hours: integer('hours'),
    valuationRupiah: integer('valuation_rupiah'),
    /** The supporter's own receipt or transfer reference. */
    evidenceReference: text('evidence_reference'),
    /** sha256 of a photo or scan of the evidence, an attachment. */
    evidencePhoto: text('evidence_photo'),
    note: text('note'),
    receiptNumber: text('receipt_number').notNull(),
    /** Basis points: 500 is 5%. */
    feeRateBp: integer('fee_rate_bp').notNull().default(0),
    feeRupiah: integer('fee_rupiah').notNull().default(0),
    provincialShareBp: integer('provincial_share_bp').notNull().default(7500),
    provincialShareRupiah: integer('provincial_share_rupiah').notNull().default(0),
  },
  (t) => [
    syncIndex('fulfilments', t),
    index('fulfilments_pledge_idx').on(t.pledgeId),
    index('fulfilments_received_idx').on(t.receivedOn),
    index('fulfilments_receipt_idx').on(t.receiptNumber),
  ],
)

/** The management fee on funds mobilised, from a date on, and the province's share of it. */
export const feeRates = sqliteTable(
  'fee_rates',
  {
    ...syncColumns(),
    effectiveFrom: text('effective_from').notNull(),
    rateBp: integer('rate_bp').notNull(),
    provincialShareBp: integer('provincial_share_bp').notNull().default(7500),
    note: text('note'),
  },
  (t) => [syncIndex('fee_rates', t)],
)
