import type { InputOf } from '@shared/contract'
import { invoke } from '@renderer/api'

export const reportsCalls = {
  dashboard: (input: InputOf<'reports:dashboard'>) => invoke('reports:dashboard', input),
  breakdown: (input: InputOf<'reports:breakdown'>) => invoke('reports:breakdown', input),
  drill: (input: InputOf<'reports:drill'>) => invoke('reports:drill', input),
  provinces: (input: InputOf<'reports:provinces'>) => invoke('reports:provinces', input),
  targets: () => invoke('reports:targets'),
  saveTarget: (input: InputOf<'reports:createTarget'>, id: string | null) =>
    id === null ? invoke('reports:createTarget', input) : invoke('reports:updateTarget', { ...input, id }),
  deleteTarget: (id: string) => invoke('reports:deleteTarget', { id }),
  summary: (input: InputOf<'reports:summary'>) => invoke('reports:summary', input),
  workbookStart: (input: InputOf<'reports:workbookStart'>) => invoke('reports:workbookStart', input),
  workbookStep: (input: InputOf<'reports:workbookStep'>) => invoke('reports:workbookStep', input),
  printSummary: (input: InputOf<'reports:printSummary'>) => invoke('reports:printSummary', input),
}
