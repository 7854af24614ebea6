import type { SessionDetail } from '@shared/cop'
import { formatDay, utcToZoned } from '@shared/format'
import { useText } from '@renderer/i18n'
import { useLanguage } from '@renderer/features/language/store'
import { Details } from '@renderer/ui/Details'
import { useDates } from '@renderer/ui/dates'
import { useAspects } from '../aspects'
import { copHref } from '../routes'

/** What the session is: when (in the hub's zone), on what, where, by whom, and its rules. */
export function SessionFacts({ session }: { session: SessionDetail }) {
  const t = useText()
  const { dateTime, zone } = useDates()
  const language = useLanguage((state) => state.language)
  const [from, until] = [utcToZoned(session.startsAt, zone), utcToZoned(session.endsAt, zone)]
  // One day: its date once, then the hours.
  const when =
    from.slice(0, 10) === until.slice(0, 10)
      ? t('cop.page.sameDay', {
          day: formatDay(from.slice(0, 10), language),
          from: from.slice(11).replace(':', '.'),
          until: `${until.slice(11).replace(':', '.')} ${zone}`,
        })
      : `${dateTime(session.startsAt)} – ${dateTime(session.endsAt)}`
  const aspects = useAspects()
  return (
    <Details
      rows={[
        [t('cop.page.when'), `${when} (${t('cop.page.duration', { minutes: session.durationMinutes })})`],
        [t('cop.page.aspect'), aspects.name(session.aspect)],
        [t('cop.page.format'), t(`cop.format.${session.format}`)],
        session.seriesTitle !== null && [
          t('cop.page.series'),
          t('cop.page.seriesValue', { title: session.seriesTitle, part: session.seriesPart ?? 0 }),
        ],
        session.moduleReference !== null && [t('cop.page.module'), session.moduleReference],
        session.venue !== null && [t('cop.page.venue'), session.venue],
        session.meetingLink !== null && [t('cop.page.link'), session.meetingLink],
        session.capacity !== null && [t('cop.page.capacity'), t('cop.page.capacityValue', { count: session.capacity })],
        session.organiserName !== null && [t('cop.page.organiser'), session.organiserName],
        [
          t('cop.page.facilitators'),
          session.facilitators.length === 0 ? (
            t('cop.page.noFacilitators')
          ) : (
            <ul className="cop-inline-list">
              {session.facilitators.map((f) => (
                <li key={f.personId}>
                  <a href={copHref({ view: 'trainer', personId: f.personId })}>{f.name}</a>
                  {f.sourceSessionTitle && (
                    <span className="hint"> ({t('cop.page.trainerSince', { session: f.sourceSessionTitle })})</span>
                  )}
                </li>
              ))}
            </ul>
          ),
        ],
        [t('cop.page.threshold'), t('cop.page.thresholdValue', { minutes: session.effectiveThresholdMinutes })],
        [t('cop.page.passScore'), String(session.passScore)],
        session.notes !== null && [t('cop.page.notes'), session.notes],
      ]}
    />
  )
}
