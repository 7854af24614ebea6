import { eq } from 'drizzle-orm'
import type { Language } from '../../shared/hub'
import type { Orm } from '../db'
import { localSettings } from './schema'

/**
 * Besides the language and which hub is "us": import mappings, remembered per kind and set of
 * spreadsheet headings (see members/spreadsheets), the latest delete of a member record, kept
 * while it can be undone (see members/records/delete), and the directory's layout (directory-view).
 */
type SettingKey =
  | 'language'
  | 'self_hub_id'
  | `import_mapping:${string}`
  | 'last_member_delete'
  | 'directory_view'
  /** The six formulation steps' wording (see initiatives/step-guide). */
  | 'initiative_steps'
  /** Where and when this instance backs up, and how its last backup went (see backup/settings). */
  | 'backup'
  | 'backup_last'
  | 'backup_failure'
  /** The app version that last opened the database: a change means an upgrade (backup/upgrade). */
  | 'backup_app_version'
  /** How many years each kind of personal data is kept before it is proposed for review (privacy/retention). */
  | 'privacy_retention'

export function readSetting(orm: Orm, key: SettingKey): string | null {
  return (
    orm.select({ value: localSettings.value }).from(localSettings).where(eq(localSettings.key, key)).get()?.value ??
    null
  )
}

/** A setting stored as JSON, or null when it was never saved or cannot be read (another version's). */
export function readJsonSetting(orm: Orm, key: SettingKey): unknown {
  const text = readSetting(orm, key)
  if (text === null) return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

export function writeSetting(orm: Orm, key: SettingKey, value: string): void {
  orm
    .insert(localSettings)
    .values({ key, value })
    .onConflictDoUpdate({ target: localSettings.key, set: { value } })
    .run()
}

export function deleteSetting(orm: Orm, key: SettingKey): void {
  orm.delete(localSettings).where(eq(localSettings.key, key)).run()
}

/** Indonesian until the user says otherwise. */
export function readLanguage(orm: Orm): Language {
  return readSetting(orm, 'language') === 'en' ? 'en' : 'id'
}
