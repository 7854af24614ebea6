import './catalog'
import './privacy-requests.css'
import { useEffect } from 'react'
import { useText } from '@renderer/i18n'
import { countedText } from '@renderer/i18n/counted'
import { requestsHref } from './routes'
import { useRequests } from './store'
import { countdown, isLate, useNow, useWhen } from './time'

/**
 * Beranda's warning: open requests past their 3×24 hours, each with a way to answer it. Nothing at
 * all while none is late, so the warning keeps its weight when it does show.
 */
export function OverdueRequests() {
  const t = useText()
  const when = useWhen()
  const now = useNow()
  const requests = useRequests((state) => state.requests)
  const load = useRequests((state) => state.load)

  useEffect(() => {
    void load()
  }, [load])

  const late = (requests ?? []).filter((request) => isLate(request, now))
  if (late.length === 0) return null
  return (
    <section className="card privacy-overdue" aria-labelledby="privacy-overdue-title">
      <h2 id="privacy-overdue-title">{t('privacyRequests.home.title')}</h2>
      <p>{countedText(t, 'privacyRequests.home.lead_other', late.length)}</p>
      <ul className="privacy-overdue__list">
        {late.map((request) => (
          <li key={request.id}>
            <a href={requestsHref({ view: 'request', id: request.id })}>
              {t('privacyRequests.home.item', {
                kind: t(`privacyRequests.kind.${request.kind}`),
                name: request.requesterName,
              })}
            </a>
            {': '}
            {t('privacyRequests.home.due', { due: when(request.dueAt), late: countdown(request.dueAt, now, t) })}
          </li>
        ))}
      </ul>
      <a href={requestsHref({ view: 'register' })}>{t('privacyRequests.home.open')}</a>
    </section>
  )
}
