import { useState } from 'react'
import type { Trainer } from '@shared/cop'
import { useText } from '@renderer/i18n'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import type { News } from '@renderer/ui/news'
import { useAspects } from '../aspects'
import { copCalls } from '../store'
import { useFigures } from './figures'
import { ReachCells, ReachTableHead } from './Reach'
import { SourceLink } from './SourceLink'
import '@renderer/ui/PlainTable.css'

/** Main refuses to revoke a trainer who has led a session since: the button is not offered then. */
const canRevoke = (trainer: Trainer) => trainer.reach.sessionsLed === 0

interface Props {
  qualifications: Trainer[]
  /** Called after a revocation, so the view shows the trainer as they now stand. */
  onChanged(): Promise<void>
  /** Says what a revocation came to, where it stays on screen when this table goes with it. */
  say(news: News): void
}

/** The aspects a person may train in, with their reach; one recorded by mistake can be revoked. */
export function Qualifications({ qualifications, onChanged, say }: Props) {
  const t = useText()
  const aspects = useAspects()
  const { day } = useFigures()
  const [revoking, setRevoking] = useState<Trainer | null>(null)
  const [busy, setBusy] = useState(false)
  const revocable = qualifications.some(canRevoke)
  const named = (trainer: Trainer) => ({ name: trainer.name, aspect: aspects.name(trainer.aspect) })

  async function revoke() {
    if (!revoking || busy) return
    setBusy(true)
    const result = await copCalls.revokeTrainer(revoking.id)
    setBusy(false)
    setRevoking(null)
    if (result.ok) await onChanged()
    say(result.ok ? { done: t('copTrainers.trainer.revoked', named(revoking)) } : { refusal: result.error })
  }

  return (
    <>
      <table className="plain-table">
        <caption>{t('copTrainers.trainer.qualificationsCaption')}</caption>
        <ReachTableHead
          before={[t('copTrainers.aspect'), t('copTrainers.list.source'), t('copTrainers.list.qualifiedOn')]}
          after={revocable ? [t('copTrainers.trainer.actions')] : []}
        />
        <tbody>
          {qualifications.map((trainer) => (
            <tr key={trainer.id}>
              <th scope="row">{aspects.name(trainer.aspect)}</th>
              <td>
                <SourceLink trainer={trainer} />
              </td>
              <td className="cop-when">{day(trainer.qualifiedOn)}</td>
              <ReachCells reach={trainer.reach} />
              {revocable && (
                <td>
                  {canRevoke(trainer) && (
                    <button
                      type="button"
                      className="button button--danger-outline"
                      aria-label={t('copTrainers.trainer.revokeLabel', named(trainer))}
                      onClick={() => setRevoking(trainer)}
                    >
                      {t('copTrainers.trainer.revoke')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {revoking && (
        <ConfirmDialog
          title={t('copTrainers.trainer.revokeConfirm', named(revoking))}
          confirmLabel={t('copTrainers.trainer.revoke')}
          cancelLabel={t('copTrainers.trainer.revokeKeep')}
          busy={busy}
          onConfirm={() => void revoke()}
          onCancel={() => setRevoking(null)}
        >
          <p>{t('copTrainers.trainer.revokeDetail', { name: revoking.name })}</p>
        </ConfirmDialog>
      )}
    </>
  )
}
