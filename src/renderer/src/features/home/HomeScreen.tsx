import { useLanguage } from '../language/store'
import { formatDate } from '@shared/format'
import type { HubIdentity } from '@shared/hub'
import { useText } from '@renderer/i18n'
import { Details } from '@renderer/ui/Details'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'
import { zoneLabel } from '@renderer/ui/zone'
import { BackupAge } from '../backup/BackupAge'
import { OverdueRequests } from '../privacy-requests/OverdueRequests'
import { LazyScreen } from '../shell/LazyScreen'

// The indicators and their charts load after the home screen has drawn, so the first screen stays fast.
const loadDashboard = () => import('../reports/dashboard/Dashboard')

export function HomeScreen({ identity }: { identity: HubIdentity }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  return (
    <>
      <ScreenHeading>{t('nav.home')}</ScreenHeading>
      {/* First: a request past the law's 3×24 hours is the most pressing thing this screen can say. */}
      <OverdueRequests />
      <section className="card" aria-label={t('identity.title')}>
        <p className="card__title">{identity.name}</p>
        <Details
          rows={[
            [t('identity.role'), t(`role.${identity.role}`)],
            identity.provinceName !== null && [t('identity.province'), identity.provinceName],
            [t('identity.timeZone'), zoneLabel(identity.timeZone)],
            // Today as the hub's wall clock has it, not this PC's: a Papua hub's day starts two hours earlier.
            [t('identity.today'), formatDate(new Date(), identity.timeZone, language)],
          ]}
        />
      </section>
      <BackupAge />
      <LazyScreen load={loadDashboard} />
    </>
  )
}
