import { useText } from '@renderer/i18n'
import { PledgeTable } from './PledgeTable'

/** A supporter's pledges, for the supporter's page. */
export function SupporterPledges({ supporterId }: { supporterId: string }) {
  const t = useText()
  return (
    <PledgeTable filter={{ supporterId }} counterpart="initiative" empty={t('galangPledges.table.noneForSupporter')} />
  )
}
