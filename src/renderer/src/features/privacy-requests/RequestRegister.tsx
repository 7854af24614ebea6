import { useEffect, useRef, useState } from 'react'
import { useText, type Translate } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { Countdown, PersonName, StatusBadge } from './RequestParts'
import { requestsHref } from './routes'
import { useRequests, type SavedRequest } from './store'
import { isLate, useNow, useWhen } from './time'

/** The register: every request, the open ones first and the most urgent on top, each with its countdown and whose data. */
export function RequestRegister() {
  const t = useText()
  const when = useWhen()
  const now = useNow()
  const requests = useRequests((state) => state.requests)
  const error = useRequests((state) => state.error)
  const load = useRequests((state) => state.load)
  const forgetSaved = useRequests((state) => state.forgetSaved)
  // Said once, on arriving from a form; a later visit starts without it.
  const [saved] = useState(() => useRequests.getState().saved)
  const savedRef = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    void load()
  }, [load])

  useEffect(() => {
    if (!saved) return
    forgetSaved()
    savedRef.current?.focus()
  }, [saved, forgetSaved])

  return (
    <section aria-labelledby="privacy-requests-title" className="privacy-requests__register">
      <h2 id="privacy-requests-title" tabIndex={-1}>
        {t('privacyRequests.nav.requests')}
      </h2>
      <p className="lead">{t('privacyRequests.lead')}</p>
      <p className="privacy-requests__law">{t('privacyRequests.law')}</p>
      {saved && (
        <p ref={savedRef} tabIndex={-1} role="status" className="notice">
          {savedText(saved, t, when)}
        </p>
      )}
      <ErrorAlert error={error} />
      <p>
        <a className="button button--primary" href={requestsHref({ view: 'new' })}>
          {t('privacyRequests.record')}
        </a>
      </p>
      {requests?.length === 0 && <p>{t('privacyRequests.empty')}</p>}
      {requests && requests.length > 0 && (
        <table className="plain-table privacy-requests__table">
          <caption>{t('privacyRequests.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('privacyRequests.table.kind')}</th>
              <th scope="col">{t('privacyRequests.table.person')}</th>
              <th scope="col">{t('privacyRequests.table.requester')}</th>
              <th scope="col">{t('privacyRequests.table.received')}</th>
              <th scope="col">{t('privacyRequests.table.due')}</th>
              <th scope="col">{t('privacyRequests.table.status')}</th>
              <th scope="col">{t('privacyRequests.table.open')}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => {
              const kind = t(`privacyRequests.kind.${request.kind}`)
              const open = request.status === 'open'
              return (
                <tr key={request.id} className={isLate(request, now) ? 'privacy-requests__late' : undefined}>
                  <td>{kind}</td>
                  <td>
                    <PersonName request={request} />
                  </td>
                  <td>{request.requesterName}</td>
                  <td>{when(request.receivedAt)}</td>
                  <td>
                    {when(request.dueAt)}
                    <Countdown request={request} now={now} />
                  </td>
                  <td>
                    <StatusBadge request={request} now={now} />
                    {request.closedAt && <span className="privacy-requests__closed">{when(request.closedAt)}</span>}
                  </td>
                  <td>
                    <a
                      href={requestsHref({ view: 'request', id: request.id })}
                      aria-label={t(open ? 'privacyRequests.table.answerLabel' : 'privacyRequests.table.viewLabel', {
                        requester: request.requesterName,
                        kind,
                      })}
                    >
                      {t(open ? 'privacyRequests.table.answer' : 'privacyRequests.table.view')}
                    </a>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}

function savedText(saved: SavedRequest, t: Translate, when: (iso: string) => string): string {
  const { request } = saved
  return saved.action === 'opened'
    ? t('privacyRequests.form.saved', { requester: request.requesterName, due: when(request.dueAt) })
    : t('privacyRequests.answer.saved', {
        requester: request.requesterName,
        status: t(`privacyRequests.status.${request.status === 'refused' ? 'refused' : 'done'}`),
      })
}
