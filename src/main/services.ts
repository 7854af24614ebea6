import type { Language } from '../shared/hub'
import type { AppDatabase } from './db'
import type { KeyStore } from './hub/keystore'

/** What every handler may use. The shell, the CLI and the test harness each build one. */
export interface Services {
  database: AppDatabase
  keyStore: KeyStore
  appVersion: string
  /** Messages in this language instead of the stored setting (the CLI's --lang). */
  language?: Language
}
