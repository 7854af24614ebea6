import { closeSync } from 'node:fs'
import type { AppDatabase } from '../db'
import { openBundleFile, readPayloadLines } from '../sync/bundle/read-file'
import { refuse } from '../sync/bundle/refusal'
import type { RowLine } from '../sync/bundle/rows'
import { findKey } from '../sync/keys'

/** A person a file carried: with what identifies them, or only what indicators count. */
export interface CarriedPerson {
  personId: string
  /** The name as this instance holds it, so the secretariat knows whom to notify; '' once erased. */
  name: string | null
  identifying: boolean
  fields: string[]
}

/** Every row of a table in a bundle file signed by a key this instance knows (its own included). */
export function bundleRows(database: AppDatabase, path: string, table: string): RowLine[] {
  const bundle = openBundleFile(path, (keyId) => findKey(database, keyId)?.publicKey ?? refuse('unknownKey', { keyId }))
  try {
    const rows: RowLine[] = []
    readPayloadLines(bundle, (line) => {
      if ((line as RowLine).table === table) rows.push(line as RowLine)
    })
    return rows
  } finally {
    closeSync(bundle.fd)
  }
}

const IDENTIFYING = ['name', 'phone', 'email', 'notes']

/**
 * Whose data a bundle file carried (UU PDP Pasal 46: whom to notify when it is lost), read from the
 * file itself: each person row, and which of the fields that identify someone it held.
 */
export function peopleInBundle(database: AppDatabase, path: string): CarriedPerson[] {
  const nameOf = database.sqlite.prepare('SELECT name FROM people WHERE id = ?').pluck()
  return bundleRows(database, path, 'people').map((row) => {
    const fields = IDENTIFYING.filter((field) => row.values[field] !== undefined && row.values[field] !== null)
    return {
      personId: row.id,
      name: (nameOf.get(row.id) as string | undefined) ?? null,
      identifying: fields.includes('name'),
      fields,
    }
  })
}
