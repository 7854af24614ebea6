import type { i18n } from 'i18next'
import { formatDay } from '../format'

const dateLanguage = (lng: string | undefined) => (lng?.startsWith('en') ? 'en' : 'id')

/**
 * Messages carry raw values (a calendar date as YYYY-MM-DD, a count as a number) and the catalog
 * says how to show them ("{{date, day}}", "{{count, number}}"), so a message built in main reads
 * in the language it is translated to, not in whichever one main would have formatted it in.
 * Counts use i18next's own "number", which already follows the language.
 */
export function addMessageFormats(instance: i18n): void {
  const formatter = instance.services.formatter
  if (!formatter) throw new Error('i18next has no formatter: initialise the instance first')
  formatter.add('day', (value: string, lng) => formatDay(value, dateLanguage(lng)))
}
