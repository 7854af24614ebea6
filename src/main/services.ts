import type { Language } from '../shared/hub'
import type { AppError } from '../shared/errors'
import type { AppDatabase, CreateDbOptions } from './db'
import type { KeyStore } from './hub/keystore'

/**
 * What the user picks or saves through a file dialog: sync bundles (and acks), public key files,
 * printed pages, a person's data (json, csv), or a file that may have carried people's data away
 * (`carrier`: a bundle or a backup).
 */
export type FileKind = 'bundle' | 'key' | 'pdf' | 'xlsx' | 'backup' | 'json' | 'csv' | 'carrier'

/**
 * The system's open and save dialogs. Main reads and writes the files the user chose there itself,
 * so the renderer never names a path to write to.
 */
export interface FileDialogs {
  /** The path the user chose to save to, or null when they cancelled. */
  chooseSavePath(request: { suggestedName: string; kind: FileKind }): Promise<string | null>
  /** The files the user chose to open; none when they cancelled. */
  chooseOpenPaths(request: { kind: FileKind; multiple: boolean }): Promise<string[]>
  /** The folder the user chose (e.g. for backups), or null when they cancelled. */
  chooseFolder(): Promise<string | null>
}

/** Where nobody sits in front of a screen (the CLI, unit tests): every dialog is as if cancelled. */
export const noFileDialogs: FileDialogs = {
  chooseSavePath: async () => null,
  chooseOpenPaths: async () => [],
  chooseFolder: async () => null,
}

/**
 * Prints one of the app's own pages to PDF, as the app shows it: `route` is the page's hash route
 * (e.g. "/print/receipt/<id>"). The page says when it has drawn what it prints by setting
 * `data-print-ready` on <html> ("error" when it could not). The shell prints with Electron's
 * printToPDF, the browser harness with Chromium's; the CLI has none.
 */
export interface PagePrinter {
  printPage(route: string): Promise<Buffer>
}

/** What every handler may use. The shell, the CLI and the test harness each build one. */
export interface Services {
  /** Replaced when a restore puts another database in place; read it at each call, never keep it. */
  database: AppDatabase
  /** How the shell opens the database (Electron's native build, packaged migrations), to reopen it. */
  databaseOptions?: CreateDbOptions
  /** Why the database could not be opened at start: the app shows the recovery screen, and nothing else works. */
  startupProblem?: AppError
  keyStore: KeyStore
  appVersion: string
  files: FileDialogs
  printer?: PagePrinter
  /** Messages in this language instead of the stored setting (the CLI's --lang). */
  language?: Language
}
