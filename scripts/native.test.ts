import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  buildSteps,
  ensureElectronNative,
  failureMessage,
  isUpToDate,
  nativeTargetDir,
  nodeGypArgs,
  prebuildArgs,
  toolEnv,
  type RunTool,
} from './native.mjs'

const wanted = { electron: '45.4.1', betterSqlite3: '12.11.1', platform: 'linux', arch: 'x64' }
const tools = { prebuildInstall: '/nm/prebuild-install/bin.js', nodeGyp: '/nm/node-gyp/bin/node-gyp.js' }

describe('nativeTargetDir', () => {
  it("names folders after electron-builder's ${os}-${arch}", () => {
    expect(nativeTargetDir('/repo', 'linux', 'x64')).toBe(join('/repo', '.electron-native', 'linux-x64'))
    expect(nativeTargetDir('/repo', 'win32', 'ia32')).toBe(join('/repo', '.electron-native', 'win-ia32'))
    expect(nativeTargetDir('/repo', 'darwin', 'arm64')).toBe(join('/repo', '.electron-native', 'mac-arm64'))
    expect(() => nativeTargetDir('/repo', 'aix', 'ppc64')).toThrow(/Unsupported platform "aix"/)
  })
})

describe('isUpToDate', () => {
  it('reuses a copy only for the same Electron, better-sqlite3 and target', () => {
    expect(isUpToDate({ ...wanted }, wanted)).toBe(true)
    expect(isUpToDate(null, wanted)).toBe(false)
    expect(isUpToDate({ ...wanted, electron: '45.4.0' }, wanted)).toBe(false)
    expect(isUpToDate({ ...wanted, betterSqlite3: '12.10.0' }, wanted)).toBe(false)
    expect(isUpToDate({ ...wanted, arch: 'arm64' }, wanted)).toBe(false)
  })
})

describe('tool arguments', () => {
  it('asks prebuild-install for the Electron runtime of the target', () => {
    expect(prebuildArgs({ ...wanted, platform: 'win32' })).toEqual([
      '--runtime=electron',
      '--target=45.4.1',
      '--platform=win32',
      '--arch=x64',
      '--verbose',
    ])
  })

  it("compiles against Electron's headers, not Node's", () => {
    expect(nodeGypArgs(wanted)).toEqual([
      'rebuild',
      '--release',
      '--target=45.4.1',
      '--arch=x64',
      '--dist-url=https://electronjs.org/headers',
    ])
  })

  it('drops the npm settings that would steer either tool to a Node build', () => {
    const env = toolEnv({
      PATH: '/usr/bin',
      HTTPS_PROXY: 'http://proxy:3128',
      npm_config_nodedir: '/usr',
      npm_config_target: '20.20.2',
      npm_config_runtime: 'node',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_config_arch: 'ia32',
      npm_config_platform: 'win32',
      npm_config_build_from_source: 'true',
      npm_config_cache: '/root/.npm',
    })
    expect(env).toEqual({ PATH: '/usr/bin', HTTPS_PROXY: 'http://proxy:3128', npm_config_cache: '/root/.npm' })
  })
})

describe('buildSteps', () => {
  it('downloads first, then compiles on the same platform', () => {
    const steps = buildSteps(wanted, 'linux', tools)
    expect(steps.map(({ script, skip }) => ({ script, skip }))).toEqual([
      { script: tools.prebuildInstall, skip: null },
      { script: tools.nodeGyp, skip: null },
    ])
  })

  it('never tries to compile for another platform, or with a missing tool', () => {
    expect(buildSteps({ ...wanted, platform: 'win32' }, 'linux', tools)[1]?.skip).toBe(
      'cannot compile for win32 on linux',
    )
    const none = buildSteps(wanted, 'linux', { prebuildInstall: null, nodeGyp: null })
    expect(none.map(({ skip }) => skip)).toEqual([
      'prebuild-install not found in node_modules',
      'node-gyp not found in node_modules',
    ])
  })
})

describe('failureMessage', () => {
  it('says what failed, keeps the actionable lines and reassures about node_modules', () => {
    const message = failureMessage(wanted, [
      { step: 'downloading', output: 'prebuild-install warn install getaddrinfo ENOTFOUND github.com\n' },
      {
        step: 'compiling',
        output: 'gyp ERR! stack network settings.\ngyp ERR! stack     at go (/nm/install.js:244:21)\n',
      },
    ])
    expect(message).toMatch(/^Could not get better-sqlite3 12.11.1 built for Electron 45.4.1 \(linux-x64\)\./)
    expect(message).toContain('downloading failed:\nprebuild-install warn install getaddrinfo ENOTFOUND github.com')
    expect(message).toContain('compiling failed:\ngyp ERR! stack network settings.')
    expect(message).not.toContain('install.js:244')
    expect(message).toContain('node_modules was not changed')
    expect(message).toContain('node scripts/native.mjs')
  })
})

describe('ensureElectronNative', () => {
  let root: string
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  /** A project with Electron and a better-sqlite3 whose own build is the Node one. */
  function project() {
    root = mkdtempSync(join(tmpdir(), 'lokadaya-native-test-'))
    const pkg = (name: string, version: string) => {
      mkdirSync(join(root, 'node_modules', name), { recursive: true })
      writeFileSync(join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }))
    }
    pkg('electron', '45.4.1')
    pkg('better-sqlite3', '12.11.1')
    mkdirSync(join(root, 'node_modules', 'better-sqlite3', 'build', 'Release'), { recursive: true })
    writeFileSync(join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), 'node-abi')
    writeFileSync(join(root, 'node_modules', 'better-sqlite3', 'binding.gyp'), '{}')
    return root
  }
  const ownBuild = () =>
    readFileSync(join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), 'utf8')
  const quiet = () => {}

  /** Fakes a successful tool: it writes an addon into the copy it runs in, like the real ones do. */
  const succeeding: RunTool = (_script, _args, cwd) => {
    expect(existsSync(join(cwd, 'build')), 'the copy must start without the Node build').toBe(false)
    expect(existsSync(join(cwd, 'binding.gyp'))).toBe(true)
    mkdirSync(join(cwd, 'build', 'Release'), { recursive: true })
    writeFileSync(join(cwd, 'build', 'Release', 'better_sqlite3.node'), 'electron-abi')
    return { status: 0, output: '' }
  }

  it('builds in a temporary copy, leaving node_modules on the Node build', () => {
    project()
    const run = vi.fn(succeeding)
    const binary = ensureElectronNative({ root, platform: 'linux', arch: 'x64', run, tools, log: quiet })
    expect(binary).toBe(join(root, '.electron-native', 'linux-x64', 'better_sqlite3.node'))
    expect(readFileSync(binary, 'utf8')).toBe('electron-abi')
    expect(ownBuild()).toBe('node-abi')
    const [[script, args, cwd]] = run.mock.calls as [[string, string[], string]]
    expect(script).toBe(tools.prebuildInstall)
    expect(args).toContain('--runtime=electron')
    expect(cwd.startsWith(join(root, 'node_modules'))).toBe(false)
    expect(existsSync(cwd), 'the temporary copy is removed').toBe(false)
    expect(JSON.parse(readFileSync(join(root, '.electron-native', 'linux-x64', 'build.json'), 'utf8'))).toEqual(wanted)
  })

  it('skips the work while the copy matches the installed versions, and redoes it when Electron changes', () => {
    project()
    const run = vi.fn(succeeding)
    ensureElectronNative({ root, platform: 'linux', arch: 'x64', run, tools, log: quiet })
    ensureElectronNative({ root, platform: 'linux', arch: 'x64', run, tools, log: quiet })
    expect(run).toHaveBeenCalledTimes(1)
    writeFileSync(join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ version: '45.5.0' }))
    ensureElectronNative({ root, platform: 'linux', arch: 'x64', run, tools, log: quiet })
    expect(run).toHaveBeenCalledTimes(2)
  })

  it('compiles when the download fails', () => {
    project()
    const run = vi.fn<RunTool>((script, args, cwd) =>
      script === tools.prebuildInstall ? { status: 1, output: 'ENOTFOUND github.com' } : succeeding(script, args, cwd),
    )
    ensureElectronNative({ root, platform: process.platform, arch: 'x64', run, tools, log: quiet })
    expect(run.mock.calls.map(([script]) => script)).toEqual([tools.prebuildInstall, tools.nodeGyp])
  })

  it('fails with the reasons when nothing works, writing nothing', () => {
    project()
    const run: RunTool = () => ({ status: 1, output: 'getaddrinfo ENOTFOUND' })
    expect(() => ensureElectronNative({ root, platform: 'linux', arch: 'x64', run, tools, log: quiet })).toThrow(
      /Could not get better-sqlite3 12\.11\.1 built for Electron 45\.4\.1[\s\S]*ENOTFOUND[\s\S]*node_modules was not changed/,
    )
    expect(existsSync(join(root, '.electron-native'))).toBe(false)
    expect(ownBuild()).toBe('node-abi')
  })
})
