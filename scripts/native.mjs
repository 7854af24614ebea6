#!/usr/bin/env node
/**
 * Puts a copy of better-sqlite3's native addon built for Electron's ABI in
 * .electron-native/<os>-<arch>/better_sqlite3.node, leaving node_modules built for Node so tests,
 * the CLI and the browser harness keep working. The shell loads the copy through createDb's
 * nativeBinding; electron-builder runs this as its beforePack hook for each target and ships the
 * copy as an extra resource (see electron-builder.yml).
 *
 *   node scripts/native.mjs [--platform linux|win32|darwin] [--arch x64|arm64|ia32]
 *
 * Tries the project's prebuilt binary first (github.com), then compiles from source against
 * Electron's headers (electronjs.org); compiling needs a C++ toolchain and the host platform.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

export const BINARY = 'better_sqlite3.node'
const STAMP = 'build.json'
const ELECTRON_HEADERS = 'https://electronjs.org/headers'
/** electron-builder's ${os} macro, so electron-builder.yml can pick the folder per target. */
const OS_NAMES = { win32: 'win', darwin: 'mac', linux: 'linux' }

export function nativeTargetDir(root, platform, arch) {
  const os = OS_NAMES[platform]
  if (!os) throw new Error(`Unsupported platform "${platform}"; expected one of ${Object.keys(OS_NAMES).join(', ')}.`)
  return join(root, '.electron-native', `${os}-${arch}`)
}

/** What a build is for; a stamp equal to it means the copy on disk can be reused. */
export function wantedBuild(root, platform, arch) {
  const versionOf = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version
  return { electron: versionOf('electron'), betterSqlite3: versionOf('better-sqlite3'), platform, arch }
}

export function isUpToDate(stamp, wanted) {
  return stamp !== null && Object.keys(wanted).every((key) => stamp[key] === wanted[key])
}

export const prebuildArgs = ({ electron, platform, arch }) => [
  '--runtime=electron',
  `--target=${electron}`,
  `--platform=${platform}`,
  `--arch=${arch}`,
  '--verbose',
]

export const nodeGypArgs = ({ electron, arch }) => [
  'rebuild',
  '--release',
  `--target=${electron}`,
  `--arch=${arch}`,
  `--dist-url=${ELECTRON_HEADERS}`,
]

/**
 * npm passes its config to scripts as npm_config_* variables, and both tools obey them: a nodedir
 * (set on some machines to Node's own headers) or a target would silently produce a Node build.
 */
export function toolEnv(env) {
  const steering = /^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|platform|build_from_source)$/i
  return Object.fromEntries(Object.entries(env).filter(([name]) => !steering.test(name)))
}

/** Download first; compile only where that can work: the same platform as this machine. */
export function buildSteps(wanted, hostPlatform, tools) {
  const missing = 'not found in node_modules'
  return [
    {
      step: `downloading the prebuilt binary for Electron ${wanted.electron}`,
      script: tools.prebuildInstall,
      args: prebuildArgs(wanted),
      skip: tools.prebuildInstall ? null : `prebuild-install ${missing}`,
    },
    {
      step: `compiling against the Electron ${wanted.electron} headers`,
      script: tools.nodeGyp,
      args: nodeGypArgs(wanted),
      skip:
        wanted.platform !== hostPlatform
          ? `cannot compile for ${wanted.platform} on ${hostPlatform}`
          : tools.nodeGyp
            ? null
            : `node-gyp ${missing}`,
    },
  ]
}

// Stack frames say nothing a user can act on; the lines before them do.
const lastLines = (output) =>
  output
    .trim()
    .split('\n')
    .filter((line) => !/\sat .*:\d+:\d+\)?$/.test(line))
    .slice(-8)
    .join('\n')

export function failureMessage(wanted, attempts) {
  const target = `${wanted.platform}-${wanted.arch}`
  return [
    `Could not get better-sqlite3 ${wanted.betterSqlite3} built for Electron ${wanted.electron} (${target}).`,
    ...attempts.map(({ step, output }) => `\n${step} failed:\n${lastLines(output)}`),
    '',
    'node_modules was not changed: tests and the CLI still work, but the Electron app cannot open its database.',
    'The prebuilt binary comes from github.com (WiseLibs/better-sqlite3 releases); building from source needs',
    `${ELECTRON_HEADERS} and a C++ toolchain. Check network access or proxy settings, then run: node scripts/native.mjs`,
  ].join('\n')
}

const readStamp = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

function runTool(script, args, cwd) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd, env: toolEnv(process.env), encoding: 'utf8' })
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ?? ''}` }
}

function resolveTools(root) {
  const fromBetterSqlite = createRequire(join(root, 'node_modules', 'better-sqlite3', 'package.json'))
  const fromRoot = createRequire(join(root, 'package.json'))
  const find = (require, id) => {
    try {
      return require.resolve(id)
    } catch {
      return null
    }
  }
  return {
    prebuildInstall: find(fromBetterSqlite, 'prebuild-install/bin.js'),
    nodeGyp: find(fromRoot, 'node-gyp/bin/node-gyp.js'),
  }
}

/**
 * Makes sure the Electron-ABI copy exists and matches the installed Electron and better-sqlite3.
 * Works on a temporary copy of the package, never in node_modules. Returns the binary's path.
 */
export function ensureElectronNative({
  root,
  platform = process.platform,
  arch = process.arch,
  run = runTool,
  tools = resolveTools(root),
  log = (line) => console.log(line),
}) {
  const targetDir = nativeTargetDir(root, platform, arch)
  const binary = join(targetDir, BINARY)
  const wanted = wantedBuild(root, platform, arch)
  if (existsSync(binary) && isUpToDate(readStamp(join(targetDir, STAMP)), wanted)) {
    log(`native: ${binary} is current (Electron ${wanted.electron})`)
    return binary
  }

  const work = mkdtempSync(join(tmpdir(), 'lokadaya-native-'))
  try {
    const source = join(root, 'node_modules', 'better-sqlite3')
    const copy = join(work, 'better-sqlite3')
    const ownBuild = join(source, 'build')
    cpSync(source, copy, { recursive: true, filter: (path) => path !== ownBuild && !path.startsWith(ownBuild + sep) })

    const output = join(copy, 'build', 'Release', BINARY)
    const attempts = []
    for (const { step, script, args, skip } of buildSteps(wanted, process.platform, tools)) {
      if (skip) {
        attempts.push({ step, output: skip })
        continue
      }
      log(`native: ${step}`)
      const result = run(script, args, copy)
      if (result.status === 0 && existsSync(output)) break
      attempts.push({ step, output: result.output })
    }
    if (!existsSync(output)) throw new Error(failureMessage(wanted, attempts))

    mkdirSync(targetDir, { recursive: true })
    // Rename into place, then stamp: an interrupted run never leaves a half-written binary looking current.
    cpSync(output, `${binary}.tmp`)
    renameSync(`${binary}.tmp`, binary)
    writeFileSync(join(targetDir, STAMP), `${JSON.stringify(wanted, null, 2)}\n`)
    log(`native: wrote ${binary}`)
    return binary
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** electron-builder hook: one binary per target platform and architecture, before extraResources copies it. */
export async function beforePack(context) {
  const { Arch } = await import('electron-builder')
  ensureElectronNative({ root: projectRoot, platform: context.electronPlatformName, arch: Arch[context.arch] })
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { platform: { type: 'string' }, arch: { type: 'string' } }, strict: true })
  try {
    ensureElectronNative({ root: projectRoot, platform: values.platform, arch: values.arch })
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
