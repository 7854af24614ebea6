import { formatDateTime } from '../../shared/format'
import type { Language } from '../../shared/hub'
import { formatPhone } from '../../shared/phone'
import { createTranslator } from '../../shared/i18n/translate'
import {
  BREACH_NOTICE_HOURS,
  type BreachNotice,
  type BreachNoticeInput,
  type CarriedPerson,
} from '../../shared/privacy'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { existingFile } from '../sync/chosen-files'
import { carriedBy, peopleInPastBundle } from './carried'

/** The notice's language, the same for every hub. */
const NOTICE_LANGUAGE: Language = 'id'

interface LostFile {
  source: BreachNotice['source']
  file: string | null
  madeAt: string | null
  people: CarriedPerson[]
}

/**
 * A draft of the written notice UU PDP Pasal 46 asks for when a file with people's data is lost,
 * with what ayat (2) says it must hold: the data exposed, when and how (the user completes how),
 * what is being done, and whom to contact; and the 3×24-hour deadline for telling the people and
 * the authority. Always in Bahasa Indonesia, whatever language the app is in: it goes to people in
 * Indonesia and to the Indonesian authority. Plain text, to paste into a letter, an e-mail or a chat.
 */
export function breachNoticeText(database: AppDatabase, lost: LostFile): string {
  const identity = requireIdentity(database)
  const language = NOTICE_LANGUAGE
  const translate = createTranslator(language)
  const t = (key: string, params?: Record<string, string | number>) =>
    translate({ key: `privacy.access.breach.${key}`, ...(params && { params }) })
  const now = database.clock()
  const at = (iso: string | number) => formatDateTime(new Date(iso), identity.timeZone, language)
  const hub = identity.name
  const identifying = lost.people.filter((person) => person.identifying).length
  const contacts = lost.people.filter((person) => person.fields.some((f) => f === 'phone' || f === 'email')).length
  const madeAt = lost.madeAt ? at(lost.madeAt) : t('unknownTime')
  const file = lost.file ?? '?'
  const what = t(lost.source === 'backup' ? 'whatBackup' : 'whatBundle', { file, hub, madeAt })
  const counts = { count: lost.people.length, identifying, contacts }
  const data = t(
    lost.source === 'backup' ? 'dataBackup' : lost.source === 'history' ? 'dataHistory' : 'dataBundle',
    counts,
  )
  // A name alone reaches nobody: without a phone or an e-mail, the draft asks for them instead.
  const reachable = Boolean(identity.contactPhone || identity.contactEmail)
  // Written as on a name card (+62 812-3456-7890), not as stored.
  const phone = identity.contactPhone?.startsWith('+62') ? formatPhone(identity.contactPhone) : identity.contactPhone
  const contact = [identity.contactName, phone, identity.contactEmail].filter(Boolean).join(', ')
  return [
    `${t('title')}\n${t('draft')}`,
    t('to'),
    `${t('whatHeading')}\n${what}`,
    `${t('dataHeading')}\n${data}`,
    `${t('actionsHeading')}\n${t('actions')}`,
    `${t('adviceHeading')}\n${t('advice', { hub })}`,
    `${t('contactHeading')}\n${reachable ? t('contact', { hub, contact }) : t('noContact', { hub })}`,
    `${t('dutyHeading')}\n${t('duty', { deadline: at(now + BREACH_NOTICE_HOURS * 3_600_000) })}`,
    t('made', { at: at(now) }),
  ].join('\n\n')
}

/**
 * Who is to be told of a lost file, and the draft notice: a past outgoing bundle named by its
 * history id (the file itself gone), or a bundle or backup file at hand (a copy of what was lost).
 */
export function breachNotice(database: AppDatabase, input: BreachNoticeInput, migrationsFolder?: string): BreachNotice {
  let lost: LostFile
  if ('bundleId' in input) {
    const { bundle, people } = peopleInPastBundle(database, input.bundleId)
    lost = { source: 'history', file: bundle.fileName, madeAt: bundle.createdAt, people }
  } else {
    const carried = carriedBy(database, existingFile(input.path), migrationsFolder)
    lost = { source: carried.kind, file: carried.file, madeAt: carried.madeAt, people: carried.people }
  }
  return { ...lost, notice: breachNoticeText(database, lost) }
}
