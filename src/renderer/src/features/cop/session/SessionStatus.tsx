import type { SessionDetail, SessionStatus as Status } from '@shared/cop'
import { formatDecimal } from '@shared/format'
import { useText, type MessageKey } from '@renderer/i18n'
import { useLanguage } from '@renderer/features/language/store'
import { useNews } from '@renderer/ui/news'
import { SessionStatusBadge } from '../sessions/SessionStatusBadge'
import { useSession } from '../store'
import { invoke } from '@renderer/api'

const moves: Record<Status, [Status, MessageKey][]> = {
  planned: [
    ['ongoing', 'cop.page.markOngoing'],
    ['done', 'cop.page.markDone'],
    ['cancelled', 'cop.page.markCancelled'],
  ],
  ongoing: [
    ['done', 'cop.page.markDone'],
    ['cancelled', 'cop.page.markCancelled'],
  ],
  done: [['ongoing', 'cop.page.markOngoing']],
  cancelled: [['planned', 'cop.page.markPlanned']],
}

/** The session's status and the moves open from it; main refuses what may not be (done before it began). */
export function SessionStatus({ session }: { session: SessionDetail }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const change = useSession((state) => state.change)
  const { say, shown } = useNews()
  async function move(status: Status) {
    const refusal = await change(() => invoke('cop:changeSessionStatus', { id: session.id, status }))
    say(refusal ? { refusal } : { done: t('cop.page.statusChanged', { status: t(`cop.sessionStatus.${status}`) }) })
  }
  return (
    <section className="cop-section" aria-labelledby="cop-status-title">
      <h2 id="cop-status-title">{t('cop.page.status')}</h2>
      <p>
        <SessionStatusBadge status={session.status} />
      </p>
      {shown}
      <div className="cop-actions">
        {moves[session.status].map(([status, label]) => (
          <button key={status} type="button" className="button" onClick={() => void move(status)}>
            {t(label)}
          </button>
        ))}
      </div>
      {session.scores && (
        <p>
          {t('cop.page.scores', {
            pre: formatDecimal(session.scores.pre, language),
            post: formatDecimal(session.scores.post, language),
            gain: formatDecimal(session.scores.gain, language),
            count: session.scores.count,
          })}
        </p>
      )}
    </section>
  )
}
