import { useEffect } from 'react'
import { useText } from '@renderer/i18n'
import { Details } from '@renderer/ui/Details'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'
import { AnswerForm } from './AnswerForm'
import { Countdown, PersonName, StatusBadge } from './RequestParts'
import { requestsHref } from './routes'
import { useRequests } from './store'
import { useNow, useWhen } from './time'

/** One request: what was asked, by whom, how they were checked, its due time, and its answer or the form to give it. */
export function RequestPage({ id }: { id: string }) {
  const t = useText()
  const when = useWhen()
  const now = useNow()
  const requests = useRequests((state) => state.requests)
  const error = useRequests((state) => state.error)
  const load = useRequests((state) => state.load)
  const request = requests?.find((candidate) => candidate.id === id)

  useEffect(() => {
    void load()
  }, [load])

  const back = (
    <p className="privacy-requests__back">
      <a href={requestsHref({ view: 'register' })}>
        <span aria-hidden="true">← </span>
        {t('privacyRequests.request.back')}
      </a>
    </p>
  )
  if (!request)
    return (
      <div className="privacy-requests form-page">
        {back}
        <ErrorAlert error={error} />
        {requests && (
          <>
            <ScreenHeading>{t('privacyRequests.title')}</ScreenHeading>
            <p>{t('privacyRequests.request.notFound')}</p>
          </>
        )}
      </div>
    )

  const kind = t(`privacyRequests.kind.${request.kind}`)
  return (
    <div className="privacy-requests form-page">
      {back}
      <ScreenHeading>{t('privacyRequests.request.title', { kind, requester: request.requesterName })}</ScreenHeading>
      <ErrorAlert error={error} />
      <div className="card">
        <Details
          rows={[
            [t('privacyRequests.table.status'), <StatusBadge key="status" request={request} now={now} />],
            [t('privacyRequests.table.person'), <PersonName key="person" request={request} />],
            [t('privacyRequests.table.requester'), request.requesterName],
            [t('privacyRequests.table.received'), when(request.receivedAt)],
            [
              t('privacyRequests.table.due'),
              <>
                {when(request.dueAt)}
                <Countdown request={request} now={now} />
              </>,
            ],
            [t('privacyRequests.request.verification'), request.verification],
            [
              t('privacyRequests.request.details'),
              <span key="details" className="privacy-requests__text">
                {request.details ?? t('privacyRequests.request.none')}
              </span>,
            ],
            request.closedAt !== null && [t('privacyRequests.request.closedAt'), when(request.closedAt)],
            request.outcome !== null && [
              t('privacyRequests.request.outcome'),
              <span key="outcome" className="privacy-requests__text">
                {request.outcome}
              </span>,
            ],
          ]}
        />
      </div>
      {request.status === 'open' && <AnswerForm request={request} />}
    </div>
  )
}
