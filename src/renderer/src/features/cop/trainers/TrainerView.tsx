import '../trainer-catalog'
import { useCallback, type ReactNode } from 'react'
import type { TrainerView as View } from '@shared/cop'
import { useText } from '@renderer/i18n'
import { countedText } from '@renderer/i18n/counted'
import { PageHeading } from '@renderer/features/members/records/PageHeading'
import { useLoaded } from '@renderer/ui/use-loaded'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { useNews } from '@renderer/ui/news'
import { CopNav } from '../CopNav'
import { copHref } from '../routes'
import { copCalls } from '../store'
import { CertificatesToIssue } from './CertificatesToIssue'
import { Qualifications } from './Qualifications'
import { TrainerSessions } from './TrainerSessions'
import '../cop.css'

/**
 * What a trainer opens the app for: what they may train in, their sessions ahead and behind, and
 * the certificates their participants still wait for. Any facilitator has one, trainer or not yet.
 */
export function TrainerView({ personId }: { personId: string }) {
  const t = useText()
  const load = useCallback(() => copCalls.trainerView(personId), [personId])
  const { value: view, error, set } = useLoaded(load)
  const reload = async () => {
    const result = await load()
    if (result.ok) set(result.value)
  }
  return (
    <div className="cop-page">
      <CopNav current="trainers" />
      <p>
        <a href={copHref({ view: 'trainers' })}>{t('copTrainers.trainer.back')}</a>
      </p>
      {error && <PageHeading>{t('copTrainers.trainer.unknown')}</PageHeading>}
      <ErrorAlert error={error} />
      {view && <Sections view={view} reload={reload} />}
    </div>
  )
}

function Sections({ view, reload }: { view: View; reload(): Promise<void> }) {
  const t = useText()
  const { say, shown } = useNews()
  return (
    <>
      <PageHeading>{view.name}</PageHeading>
      <p className="hint">
        {view.qualifications.length > 0
          ? countedText(t, 'copTrainers.trainer.lead_other', view.qualifications.length)
          : t('copTrainers.trainer.notTrainer')}
      </p>
      {shown}
      {view.qualifications.length > 0 && (
        <Section id="cop-trainer-qualifications" title={t('copTrainers.trainer.qualifications')}>
          <Qualifications qualifications={view.qualifications} onChanged={reload} say={say} />
        </Section>
      )}
      <Section id="cop-trainer-upcoming" title={t('copTrainers.trainer.upcoming')}>
        {view.upcoming.length === 0 ? (
          <p className="notice">{t('copTrainers.trainer.noUpcoming')}</p>
        ) : (
          <TrainerSessions rows={view.upcoming} caption={t('copTrainers.trainer.upcomingCaption')} held={false} />
        )}
      </Section>
      <Section id="cop-trainer-certificates" title={t('copTrainers.trainer.certificates')}>
        <CertificatesToIssue waiting={view.certificatesToIssue} />
      </Section>
      <Section id="cop-trainer-past" title={t('copTrainers.trainer.past')}>
        {view.past.length === 0 ? (
          <p className="notice">{t('copTrainers.trainer.noPast')}</p>
        ) : (
          <TrainerSessions rows={view.past} caption={t('copTrainers.trainer.pastCaption')} held />
        )}
      </Section>
    </>
  )
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="cop-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  )
}
