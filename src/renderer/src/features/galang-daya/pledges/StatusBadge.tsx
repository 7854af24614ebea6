import type { PledgeStatus } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import './pledges.css'

/** A pledge's status, derived by main from its fulfilments and dates: shown, never chosen. */
export function StatusBadge({ status }: { status: PledgeStatus }) {
  const t = useText()
  return <span className={`pledge-badge pledge-badge--${status}`}>{t(`galangPledges.status.${status}`)}</span>
}
