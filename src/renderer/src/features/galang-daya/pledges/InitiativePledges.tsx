import { useText } from '@renderer/i18n'
import { PledgeTable } from './PledgeTable'

/** An initiative's pledges, for its page in Inisiatif. */
export function InitiativePledges({ initiativeId }: { initiativeId: string }) {
  const t = useText()
  return (
    <PledgeTable filter={{ initiativeId }} counterpart="supporter" empty={t('galangPledges.table.noneForInitiative')} />
  )
}
