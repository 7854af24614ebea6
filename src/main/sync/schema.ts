import { blob, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * The keys this instance trusts, and its own (status `self`). A key belongs to one instance of one
 * hub; a province may run several instances, each with its own key and sequence.
 */
export const syncKeys = sqliteTable(
  'sync_keys',
  {
    /** First 16 bytes of the SHA-256 of the raw public key, hex. */
    keyId: text('key_id').primaryKey(),
    hubId: text('hub_id').notNull(),
    instanceId: text('instance_id').notNull(),
    role: text('role', { enum: ['hub', 'national'] }).notNull(),
    provinceCode: text('province_code'),
    name: text('name').notNull(),
    /** Raw 32-byte Ed25519 public key, base64. */
    publicKey: text('public_key').notNull(),
    status: text('status', { enum: ['self', 'trusted', 'revoked', 'retired'] }).notNull(),
    enrolledAt: text('enrolled_at').notNull(),
    revokedAt: text('revoked_at'),
    /** A rotated key signs nothing after the bundle that announced its successor. */
    lastValidSequence: integer('last_valid_sequence'),
    /** Own key: the last sequence used, which never goes back. */
    lastSequence: integer('last_sequence').notNull().default(0),
  },
  (t) => [index('sync_keys_hub_idx').on(t.hubId)],
)

/** Every bundle in or out, accepted or refused, in plain words for the history screen. */
export const syncBundles = sqliteTable(
  'sync_bundles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    direction: text('direction', { enum: ['in', 'out'] }).notNull(),
    kind: text('kind', { enum: ['changes', 'ack', 'rebuild'] }),
    outcome: text('outcome', { enum: ['exported', 'accepted', 'duplicate', 'refused', 'alarm'] }).notNull(),
    bundleId: text('bundle_id'),
    keyId: text('key_id'),
    hubId: text('hub_id'),
    provinceCode: text('province_code'),
    sequence: integer('sequence'),
    /** Bundles carrying every change after this sequence of their key. */
    coversFrom: integer('covers_from'),
    fileSha256: text('file_sha256'),
    previousSha256: text('previous_sha256'),
    createdAt: text('created_at'),
    recordedAt: text('recorded_at').notNull(),
    fileName: text('file_name'),
    /** JSON: counts per outcome and per table. */
    counts: text('counts'),
    /** JSON Message: why it was refused. */
    reason: text('reason'),
    /** Out: the change counter this bundle exported up to. */
    upToChangeSeq: integer('up_to_change_seq'),
    /** An operator accepted clocks ahead of this machine's. */
    driftAccepted: integer('drift_accepted', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('sync_bundles_key_idx').on(t.keyId, t.sequence)],
)

/** What a receiver (by its key) acknowledged applying: through which sequence of which key of ours. */
export const syncAcks = sqliteTable(
  'sync_acks',
  {
    receiverKeyId: text('receiver_key_id').notNull(),
    keyId: text('key_id').notNull(),
    appliedThrough: integer('applied_through').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.receiverKeyId, t.keyId] })],
)

/**
 * Where attachment bytes arrived before migration 0006; since then they are files indexed by
 * `attachments` (src/main/attachments/), and rows left here move there when the database opens.
 */
export const syncAttachments = sqliteTable('sync_attachments', {
  sha256: text('sha256').primaryKey(),
  size: integer('size').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
  createdAt: text('created_at').notNull(),
})
