import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { app, dialog, Menu, safeStorage, screen, session } from 'electron'
import { startScheduledBackups } from './backup/auto'
import { backUpBeforeUpgrade } from './backup/upgrade'
import { openOrRecover } from './backup/recovery'
import { finishInterruptedRestore } from './backup/restore'
import type { Services } from './services'
import { lockDatabase } from './db/lock'
import { createAppRegistry } from './handlers'
import { createFileKeyStore, signingKeyFileFor } from './hub/keystore'
import { registerIpc } from './shell/ipc'
import { createFileDialogs } from './shell/dialogs'
import { createPagePrinter } from './shell/printer'
import { createKeyCipher } from './shell/key-cipher'
import { createLogger, type Logger } from './shell/log'
import { APP_ENTRY_URL, type TrustedOrigins } from './shell/origin'
import { shellPaths, type ShellPaths } from './shell/paths'
import { registerAppScheme, serveApp } from './shell/protocol'
import { hardenSession, hardenWebContents } from './shell/security'
import { startupErrorMessage } from './shell/startup-error'
import { startUpdater } from './shell/updater'
import { createMainWindow, createWindowOptions } from './shell/window'

// Both must happen before ready: scheme privileges are fixed at startup, and every renderer,
// including any a bug might create, should be sandboxed.
registerAppScheme()
app.enableSandbox()

// A second copy would open the same SQLite file and key: hand over to the running one instead.
if (!app.requestSingleInstanceLock()) app.quit()
else void app.whenReady().then(start)

async function start(): Promise<void> {
  const log = createLogger({
    file: join(app.getPath('logs'), 'main.log'),
    debug: !app.isPackaged || process.env.LOKADAYA_DEBUG === '1',
  })
  const paths = shellPaths({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    platform: process.platform,
    arch: process.arch,
  })
  const databasePath = join(app.getPath('userData'), 'lokadaya-hub.db')
  let release: (() => void) | undefined
  let services: Services | undefined
  try {
    // Chromium normally creates userData before ready; a first start must not depend on it.
    mkdirSync(dirname(databasePath), { recursive: true })
    // Before opening: a second copy of the app is told the database is in use, and touches nothing.
    release = lockDatabase(databasePath)
    const keyStore = createFileKeyStore(
      signingKeyFileFor(databasePath),
      await createKeyCipher(safeStorage, process.platform),
    )
    await finishInterruptedRestore(databasePath, keyStore)
    const databaseOptions = {
      migrationsFolder: paths.migrationsFolder,
      nativeBinding: paths.nativeBinding,
      beforeMigrations: backUpBeforeUpgrade(app.getVersion(), (error) =>
        log.warn('backup before upgrade failed', error),
      ),
    }
    // A damaged database opens the recovery screen instead; nothing is ever created in its place.
    const { database, startupProblem } = openOrRecover(databasePath, databaseOptions)
    if (startupProblem) log.error(`cannot open ${databasePath}; showing the recovery screen`, startupProblem)
    services = {
      database,
      databaseOptions,
      ...(startupProblem && { startupProblem }),
      keyStore,
      appVersion: app.getVersion(),
      files: createFileDialogs(app.getPath('documents')),
    }
    const opened = services
    const held = release
    app.on('will-quit', () => {
      // The database in use now: a restore may have replaced the one opened at start.
      opened.database.close()
      held()
    })
    await run(opened, paths, log)
  } catch (error) {
    // Say why and stop. Never delete or recreate the file: it may be the only copy of a hub's records.
    log.error(`cannot start with ${databasePath}`, error)
    services?.database.close()
    release?.()
    const { title, message } = startupErrorMessage(error, databasePath)
    dialog.showErrorBox(title, message)
    app.exit(1)
  }
}

async function run(base: Services, paths: ShellPaths, log: Logger): Promise<void> {
  const { database, keyStore } = base
  log.info(`database ${database.path}; signing key ${keyStore.location} (${keyStore.protection})`)
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
  const options = createWindowOptions({
    preloadPath: paths.preloadPath,
    workArea: screen.getPrimaryDisplay().workAreaSize,
    devTools: !app.isPackaged,
  })
  const printer = createPagePrinter(options, devServerUrl ?? APP_ENTRY_URL)
  // The same object, not a copy: a restore puts its new database into it for every handler.
  const services = Object.assign(base, { printer })
  const registry = createAppRegistry(services, (error) => log.error('request failed', error))

  const origins: TrustedOrigins = { devServerUrl }
  hardenSession(session.defaultSession, origins)
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origins, log))
  registerIpc(registry, origins, log)
  if (!devServerUrl) serveApp(paths.rendererDir)

  if (app.isPackaged) Menu.setApplicationMenu(null)
  if (process.platform === 'win32') app.setAppUserModelId('id.lokadaya.hub')
  const window = createMainWindow(options, devServerUrl ?? APP_ENTRY_URL, log)
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('window-all-closed', () => app.quit())

  const stopUpdater = startUpdater(
    {
      isPackaged: app.isPackaged,
      platform: process.platform,
      resourcesPath: process.resourcesPath,
      appImage: process.env.APPIMAGE,
    },
    log,
  )
  app.on('will-quit', stopUpdater)
  const backups = startScheduledBackups(services, (error) => log.warn('scheduled backup failed', error))
  app.on('will-quit', backups.stop)
}
