import { useState } from 'react'
import { formatDay, localDate } from '@shared/format'
import { initiativeTransitions, type InitiativeDetail, type InitiativeStatus } from '@shared/initiatives'
import { useText } from '@renderer/i18n'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { useDates } from '@renderer/ui/dates'
import { useLanguage } from '@renderer/features/language/store'
import { useNews } from '@renderer/ui/news'
import { useInitiativePage } from './store'

/** The status badge shown beside the title and in the history. */
export function StatusBadge({ status }: { status: InitiativeStatus }) {
  const t = useText()
  return <span className={`initiative-badge initiative-badge--${status}`}>{t(`initiatives.statusName.${status}`)}</span>
}

/**
 * Status with its history and the moves open from it, dated today in the hub's zone. Publishing
 * with steps not done is refused by main, whose message names the missing steps; cancelling is
 * final, so it is asked once more.
 */
export function StatusSection({ initiative }: { initiative: InitiativeDetail }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const { zone } = useDates()
  const { busy, changeStatus } = useInitiativePage()
  const { say, shown } = useNews()
  const [cancelling, setCancelling] = useState(false)
  const day = (iso: string) => formatDay(iso, language)
  // No move leads back to draft; the filter says so to the type of the buttons' texts.
  const moves = initiativeTransitions[initiative.status].filter(
    (status): status is Exclude<InitiativeStatus, 'draft'> => status !== 'draft',
  )

  async function move(status: InitiativeStatus) {
    if (busy) return
    setCancelling(false)
    const refusal = await changeStatus({ status, effectiveOn: localDate(new Date(), zone) })
    // Said from what main answered, which the page now shows.
    const now = useInitiativePage.getState().initiative
    if (refusal || !now) return say(refusal && { refusal })
    say({
      done: t('initiativePage.status.changed', {
        status: t(`initiatives.statusName.${now.status}`),
        date: day(now.statusSince),
      }),
    })
  }

  return (
    <section className="card" aria-labelledby="initiative-status-title">
      <h2 id="initiative-status-title">{t('initiativePage.status.title')}</h2>
      <p>
        <StatusBadge status={initiative.status} />{' '}
        {t('initiativePage.status.since', { date: day(initiative.statusSince) })}
      </p>
      <h3>{t('initiativePage.status.history')}</h3>
      <ol className="initiative-history">
        {initiative.statusHistory.map((change) => (
          <li key={change.id}>
            <strong>{day(change.effectiveOn)}</strong> — {t(`initiatives.statusName.${change.status}`)}
            {change.note && <span className="muted"> ({change.note})</span>}
          </li>
        ))}
      </ol>
      {moves.length === 0 ? (
        <p className="hint">{t('initiativePage.status.final')}</p>
      ) : (
        <div className="initiative-actions">
          {moves.map((status) => (
            <button
              key={status}
              type="button"
              className={status === 'cancelled' ? 'button button--danger-outline' : 'button button--primary'}
              aria-busy={busy}
              onClick={() => (status === 'cancelled' ? setCancelling(true) : void move(status))}
            >
              {t(`initiativePage.status.action.${status}`)}
            </button>
          ))}
        </div>
      )}
      {shown}
      {cancelling && (
        <ConfirmDialog
          title={t('initiativePage.status.cancelTitle', { title: initiative.title })}
          confirmLabel={t('initiativePage.status.cancelConfirm')}
          cancelLabel={t('initiativePage.status.keep')}
          busy={busy}
          onConfirm={() => void move('cancelled')}
          onCancel={() => setCancelling(false)}
        >
          <p>{t('initiativePage.status.cancelBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}
