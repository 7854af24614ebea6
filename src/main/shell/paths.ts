import { join } from 'node:path'

export interface PathContext {
  isPackaged: boolean
  /** app.getAppPath(): the project root in development, resources/app.asar when packaged. */
  appPath: string
  resourcesPath: string
  platform: NodeJS.Platform
  arch: string
}

export interface ShellPaths {
  rendererDir: string
  preloadPath: string
  migrationsFolder: string
  /** better-sqlite3 built for Electron's ABI; node_modules keeps the Node build for tests and CLI. */
  nativeBinding: string
}

/** electron-builder's ${os} names, which scripts/native.mjs uses for its per-target folders. */
const osNames: Partial<Record<NodeJS.Platform, string>> = { win32: 'win', darwin: 'mac', linux: 'linux' }

export function shellPaths({ isPackaged, appPath, resourcesPath, platform, arch }: PathContext): ShellPaths {
  const built = {
    rendererDir: join(appPath, 'out', 'renderer'),
    preloadPath: join(appPath, 'out', 'preload', 'index.js'),
  }
  // Outside app.asar: SQL files are read by path, and a .node file cannot load from inside an archive.
  if (isPackaged)
    return {
      ...built,
      migrationsFolder: join(resourcesPath, 'migrations'),
      nativeBinding: join(resourcesPath, 'native', 'better_sqlite3.node'),
    }
  return {
    ...built,
    migrationsFolder: join(appPath, 'src', 'main', 'db', 'migrations'),
    nativeBinding: join(appPath, '.electron-native', `${osNames[platform] ?? platform}-${arch}`, 'better_sqlite3.node'),
  }
}
