import type { PledgeStatus } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import '@renderer/ui/Badge.css'

const tones: Record<PledgeStatus, string> = {
  promised: '',
  partial: 'badge--info',
  fulfilled: 'badge--good',
  overdue: 'badge--bad',
  cancelled: 'badge--muted',
}

/** A pledge's status, derived by main from its fulfilments and dates: shown, never chosen. */
export function StatusBadge({ status }: { status: PledgeStatus }) {
  const t = useText()
  return <span className={`badge ${tones[status]} pledge-status`}>{t(`galangPledges.status.${status}`)}</span>
}
