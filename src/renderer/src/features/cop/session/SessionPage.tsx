import { useEffect } from 'react'
import { useText } from '@renderer/i18n'
import { PageHeading } from '@renderer/features/members/records/PageHeading'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { copHref } from '../routes'
import { useSession } from '../store'
import { AttendanceImport } from './AttendanceImport'
import { DeleteSession } from './DeleteSession'
import { ParticipantTable } from './ParticipantTable'
import { RegisterPanel } from './RegisterPanel'
import { SessionFacts } from './SessionFacts'
import { SessionStatus } from './SessionStatus'
import '../cop.css'

/** A session: what and when, its status, its participants with attendance, scores and certificates. */
export function SessionPage({ id }: { id: string }) {
  const t = useText()
  const { session, error, load } = useSession()
  useEffect(() => {
    void load(id)
  }, [id, load])
  if (error) return <ErrorAlert error={error} />
  if (session?.id !== id) return null
  return (
    <div className="cop-page">
      <p>
        <a href={copHref({ view: 'sessions' })}>{t('cop.page.back')}</a>
      </p>
      <PageHeading>{session.title}</PageHeading>
      <div className="cop-actions">
        <a className="button" href={copHref({ view: 'editSession', id })}>
          {t('cop.page.edit')}
        </a>
        <DeleteSession session={session} />
      </div>
      <SessionFacts session={session} />
      <SessionStatus session={session} />
      <section className="cop-section" aria-labelledby="cop-participants-title">
        <h2 id="cop-participants-title">{t('cop.participants.title')}</h2>
        <ParticipantTable session={session} />
        {session.status !== 'cancelled' && <RegisterPanel session={session} />}
      </section>
      {session.status !== 'cancelled' && <AttendanceImport session={session} />}
    </div>
  )
}
