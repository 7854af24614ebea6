// Types for native.mjs, which stays plain JavaScript so `node scripts/native.mjs` and
// electron-builder's beforePack hook can run it without a TypeScript loader.

export interface WantedBuild {
  electron: string
  betterSqlite3: string
  platform: string
  arch: string
}

export interface Tools {
  prebuildInstall: string | null
  nodeGyp: string | null
}

export interface BuildStep {
  step: string
  script: string | null
  args: string[]
  skip: string | null
}

export type RunTool = (script: string, args: string[], cwd: string) => { status: number; output: string }

export const BINARY: string
export function nativeTargetDir(root: string, platform: string, arch: string): string
export function wantedBuild(root: string, platform: string, arch: string): WantedBuild
export function isUpToDate(stamp: Record<string, unknown> | null, wanted: WantedBuild): boolean
export function prebuildArgs(wanted: WantedBuild): string[]
export function nodeGypArgs(wanted: WantedBuild): string[]
export function toolEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv
export function buildSteps(wanted: WantedBuild, hostPlatform: string, tools: Tools): BuildStep[]
export function failureMessage(wanted: WantedBuild, attempts: { step: string; output: string }[]): string
export function ensureElectronNative(options: {
  root: string
  platform?: string
  arch?: string
  run?: RunTool
  tools?: Tools
  log?: (line: string) => void
}): string
export function beforePack(context: { electronPlatformName: string; arch: number }): Promise<void>
