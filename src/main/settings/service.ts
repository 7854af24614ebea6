import { eq } from 'drizzle-orm'
import type { Language } from '../../shared/hub'
import type { Orm } from '../db'
import { localSettings } from './schema'

/** Import mappings are remembered per kind and set of spreadsheet headings (see members/spreadsheets). */
type SettingKey = 'language' | 'self_hub_id' | `import_mapping:${string}`

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

/** Indonesian until the user says otherwise. */
export function readLanguage(orm: Orm): Language {
  return readSetting(orm, 'language') === 'en' ? 'en' : 'id'
}
