import { useText } from '@renderer/i18n'
import { galangDayaHref } from '../routes'

/** "Open", to a pledge's page, named for a screen reader by whom or what it is about. */
export function PledgeLink({ id, name }: { id: string; name: string }) {
  const t = useText()
  return (
    <a href={galangDayaHref({ view: 'pledge', id })} aria-label={t('galangPledges.table.openLabel', { name })}>
      {t('galangPledges.table.openLink')}
    </a>
  )
}
