import { sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { syncColumns, syncIndex } from '../db/columns'

/**
 * Hubs known to this instance. A provincial hub holds its own row; the national instance also
 * holds every hub it has registered, whose public keys verify incoming bundles.
 */
export const hubs = sqliteTable(
  'hubs',
  {
    ...syncColumns(),
    role: text('role', { enum: ['hub', 'national'] }).notNull(),
    provinceCode: text('province_code'),
    name: text('name').notNull(),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    /** Raw 32-byte Ed25519 public key, base64. */
    publicKey: text('public_key').notNull(),
  },
  (t) => [syncIndex('hubs', t)],
)
