import type { ImportResult } from './store'

export const shownOutcomes = ['accepted', 'duplicate', 'madeHere', 'refused', 'alarm', 'failed'] as const
export type ShownOutcome = (typeof shownOutcomes)[number]

/** What the screen calls a result: a file this computer wrote is not "imported before", nor refused. */
export const shownOf = (result: ImportResult): ShownOutcome => {
  if (!result.report) return 'failed'
  if (result.report.alarm) return 'alarm'
  if (result.report.madeHere) return 'madeHere'
  return result.report.outcome
}
