import type { Trainer } from '@shared/cop'
import { useText } from '@renderer/i18n'
import { copHref } from '../routes'

/** The ToT a trainer qualified from, opening its page; said so when it is no longer recorded. */
export function SourceLink({ trainer }: { trainer: Trainer }) {
  const t = useText()
  return trainer.sourceSessionId !== null && trainer.sourceSessionTitle !== null ? (
    <a href={copHref({ view: 'session', id: trainer.sourceSessionId })}>{trainer.sourceSessionTitle}</a>
  ) : (
    <span className="hint">{t('copTrainers.list.noSource')}</span>
  )
}
