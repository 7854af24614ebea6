import type { Catalog } from './id'
import type { reportsWorkbookId } from './reports-workbook-id'

export const reportsWorkbookEn: Catalog<typeof reportsWorkbookId> = {
  unknownJob:
    'This report file is no longer being made, for example because the app was reopened or another report was started since. Start the report download again.',
  saveFailed: 'The report file could not be saved at {{path}} ({{detail}}). Choose another folder and try again.',
  tooManyRows:
    'The {{sheet}} sheet would run past 1,048,576 rows, the most an Excel sheet holds. Narrow the period, province or kabupaten/kota, then download again.',
}
