import type { SheetBuilder } from './context'
import { participantSheet, sessionSheet } from './cop-sheets'
import { initiativeSheet, needSheet, storySheet } from './initiative-sheets'
import { organisationSheet, personSheet } from './member-sheets'
import { fulfilmentSheet, pledgeSheet } from './pledge-sheets'
import { filterSheet, indicatorSheet } from './summary-sheets'

/** The workbook's sheets in the order they are built and appear. */
export const workbookSheets: readonly SheetBuilder[] = [
  // What the workbook holds and how it was narrowed come first, where the reader lands.
  indicatorSheet,
  filterSheet,
  organisationSheet,
  personSheet,
  initiativeSheet,
  needSheet,
  pledgeSheet,
  fulfilmentSheet,
  storySheet,
  sessionSheet,
  participantSheet,
]
