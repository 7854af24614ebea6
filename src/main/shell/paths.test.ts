import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nativeTargetDir } from '../../../scripts/native.mjs'
import { shellPaths } from './paths'

describe('shellPaths', () => {
  it('uses the source tree and the Electron-ABI copy in development', () => {
    const paths = shellPaths({
      isPackaged: false,
      appPath: '/repo',
      resourcesPath: '/repo/node_modules/electron/dist/resources',
      platform: 'linux',
      arch: 'x64',
    })
    expect(paths).toEqual({
      rendererDir: join('/repo', 'out', 'renderer'),
      preloadPath: join('/repo', 'out', 'preload', 'index.js'),
      migrationsFolder: join('/repo', 'src', 'main', 'db', 'migrations'),
      nativeBinding: join('/repo', '.electron-native', 'linux-x64', 'better_sqlite3.node'),
    })
  })

  it('uses the archive and the unpacked resources when packaged', () => {
    const resourcesPath = join('/opt', 'Lokadaya Hub', 'resources')
    const paths = shellPaths({
      isPackaged: true,
      appPath: join(resourcesPath, 'app.asar'),
      resourcesPath,
      platform: 'win32',
      arch: 'x64',
    })
    expect(paths).toEqual({
      rendererDir: join(resourcesPath, 'app.asar', 'out', 'renderer'),
      preloadPath: join(resourcesPath, 'app.asar', 'out', 'preload', 'index.js'),
      migrationsFolder: join(resourcesPath, 'migrations'),
      nativeBinding: join(resourcesPath, 'native', 'better_sqlite3.node'),
    })
  })

  it.each([
    ['linux', 'x64'],
    ['linux', 'arm64'],
    ['win32', 'x64'],
    ['win32', 'ia32'],
    ['darwin', 'arm64'],
  ] as const)('finds the binary where scripts/native.mjs puts it for %s-%s', (platform, arch) => {
    const { nativeBinding } = shellPaths({ isPackaged: false, appPath: '/repo', resourcesPath: '/r', platform, arch })
    expect(nativeBinding).toBe(join(nativeTargetDir('/repo', platform, arch), 'better_sqlite3.node'))
  })
})
