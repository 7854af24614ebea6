import './catalog'
import './privacy-requests.css'
import '@renderer/ui/Badge.css'
import '@renderer/ui/PlainTable.css'
import { useText } from '@renderer/i18n'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'
import { LostFileSection } from './LostFile'
import { PrivacyNav } from './PrivacyNav'
import { RequestForm } from './RequestForm'
import { RequestPage } from './RequestPage'
import { RequestRegister } from './RequestRegister'
import { ProcessingRecordSection, RetentionSection } from '../privacy-records'
import { useRequestsRoute, type PrivacySection } from './routes'

/**
 * Privasi: the register of personal data requests (UU PDP), the lost-file tool and retention, then
 * the long record of processing last, so the tools are not buried under it; a request's page; and
 * the form to record one.
 */
export default function PrivacyRequestsScreen() {
  const route = useRequestsRoute()
  switch (route.view) {
    case 'register':
      return <PrivacyOverview section={route.section} />
    case 'new':
      return <RequestForm />
    case 'request':
      return <RequestPage key={route.id} id={route.id} />
  }
}

function PrivacyOverview({ section }: { section: PrivacySection | undefined }) {
  const t = useText()
  return (
    <div className="privacy-requests">
      <ScreenHeading>{t('privacyRequests.title')}</ScreenHeading>
      <PrivacyNav current={section} />
      <RequestRegister />
      <LostFileSection />
      <RetentionSection />
      <ProcessingRecordSection />
    </div>
  )
}
