import type { AppDatabase } from './db'
import type { KeyStore } from './hub/keystore'

/** What every handler may use. The shell, the CLI and the test harness each build one. */
export interface Services {
  database: AppDatabase
  keyStore: KeyStore
  appVersion: string
}
