import { useText } from '@renderer/i18n'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'
import type { Screen } from './screens'

export type PlannedScreen = Exclude<
  Screen,
  'home' | 'settings' | 'members' | 'initiatives' | 'galangDaya' | 'copTot' | 'sync'
>

/** An honest stand-in for a screen this version does not have yet: what it will do, no sample data. */
export function NotYetAvailable({ screen }: { screen: PlannedScreen }) {
  const t = useText()
  return (
    <>
      <ScreenHeading>{t(`nav.${screen}`)}</ScreenHeading>
      <div className="notice">
        <p className="notice__title">{t('soon.notice')}</p>
        <p>{t(`soon.${screen}`)}</p>
      </div>
    </>
  )
}
