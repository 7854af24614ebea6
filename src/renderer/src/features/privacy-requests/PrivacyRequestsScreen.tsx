import './catalog'
import './privacy-requests.css'
import '@renderer/ui/Badge.css'
import '@renderer/ui/PlainTable.css'
import { LostFileSection } from './LostFile'
import { RequestForm } from './RequestForm'
import { RequestPage } from './RequestPage'
import { RequestRegister } from './RequestRegister'
import { ProcessingRecordSection, RetentionSection } from '../privacy-records'
import { useRequestsRoute } from './routes'

/** Privasi: the register of personal data requests (UU PDP), a request's page, and the form to record one. */
export default function PrivacyRequestsScreen() {
  const route = useRequestsRoute()
  switch (route.view) {
    case 'register':
      return (
        <>
          <RequestRegister />
          <ProcessingRecordSection />
          <RetentionSection />
          <LostFileSection />
        </>
      )
    case 'new':
      return <RequestForm />
    case 'request':
      return <RequestPage key={route.id} id={route.id} />
  }
}
