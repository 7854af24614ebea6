import type { attendanceValidationId } from './attendance-id'
import type { Catalog } from './id'

/** Reading attendance files from Zoom, Google Meet or a secretariat's own list (English). */
export const attendanceValidationEn: Catalog<typeof attendanceValidationId> = {
  notCsv:
    'The file "{{file}}" is an Excel workbook, not CSV. Open it in Excel or Google Sheets, save or download it as CSV, then choose that CSV file.',
  tooLarge:
    'The file "{{file}}" is larger than {{limit, number}} MB, too large for the attendance of one meeting. Check that it is the right file, or split it into several files.',
  tooManyRows:
    'The file "{{file}}" has more than {{max, number}} rows, too many for the attendance of one meeting. Check that it is the right file, or split it into several files.',
  empty:
    'The file "{{file}}" is empty. Download the participant report from Zoom or Google Meet again, then choose it.',
  unknownShape:
    'The file "{{file}}" is not recognised as an attendance list. Its first line reads: "{{header}}". Choose a Zoom participant report, a Google Meet attendance report, or a CSV with columns for name, e-mail and minutes present (or join and leave times).',
  noRows: 'The file "{{file}}" has column headings but no participants. Check that it is the right file.',
  noName:
    'Row {{row, number}} has no participant name. Fill in the name or delete the row, then choose the file again.',
  badEmail:
    'Row {{row, number}}: "{{value}}" is not an e-mail address. Correct or clear it, then choose the file again.',
  badTime:
    'Row {{row, number}}: the time "{{value}}" is not recognised. Write it like 2025-05-18 09:02 or 09:02, then choose the file again.',
  leaveBeforeJoin:
    'Row {{row, number}}: the leave time ({{leave}}) is before the join time ({{join}}). Correct one of them, then choose the file again.',
  missingValue:
    'Row {{row, number}}: the column "{{column}}" is empty. Fill it in or delete the row, then choose the file again.',
  badDuration:
    'Row {{row, number}}: the duration "{{value}}" is not recognised. Write the minutes (for example 45) or a duration like "1 hr 5 min", then choose the file again.',
}
