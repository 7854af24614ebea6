import type { SessionStatus } from '@shared/cop'
import { useText } from '@renderer/i18n'
import '@renderer/ui/Badge.css'

const tones: Record<SessionStatus, string> = {
  planned: '',
  ongoing: 'badge--info',
  done: 'badge--good',
  cancelled: 'badge--muted',
}

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const t = useText()
  return <span className={`badge ${tones[status]}`}>{t(`cop.sessionStatus.${status}`)}</span>
}
