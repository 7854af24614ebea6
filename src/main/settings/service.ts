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

export function readSetting(orm: Orm, key: SettingKey): string | null {
  return (
    orm.select({ value: localSettings.value }).from(localSettings).where(eq(localSettings.key, key)).get()?.value ??
    null
  )
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
