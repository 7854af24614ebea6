import {
  defaultDirectoryView,
  directoryDensities,
  organisationColumnIds,
  personColumnIds,
  type DirectoryViewSettings,
} from '../../shared/directory-view'
import type { Orm } from '../db'
import { readJsonSetting, writeSetting } from './service'

const KEY = 'directory_view'

/**
 * The stored layout, or the default for what was never saved. A column this version does not know
 * (an older or newer version's) is dropped without costing the user the rest of their choice.
 */
export function readDirectoryView(orm: Orm): DirectoryViewSettings {
  const stored = readJsonSetting(orm, KEY) as { density?: unknown; columns?: Record<string, unknown> } | null
  const known = <Id extends string>(ids: readonly Id[], chosen: unknown, fallback: Id[]): Id[] =>
    Array.isArray(chosen) ? ids.filter((id) => chosen.includes(id)) : fallback
  return {
    density: directoryDensities.find((density) => density === stored?.density) ?? defaultDirectoryView.density,
    columns: {
      organisations: known(
        organisationColumnIds,
        stored?.columns?.organisations,
        defaultDirectoryView.columns.organisations,
      ),
      people: known(personColumnIds, stored?.columns?.people, defaultDirectoryView.columns.people),
    },
  }
}

export function writeDirectoryView(orm: Orm, view: DirectoryViewSettings): DirectoryViewSettings {
  writeSetting(orm, KEY, JSON.stringify(view))
  return view
}
