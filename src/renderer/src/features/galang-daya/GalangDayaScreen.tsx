import './supporters/catalog'
import './pledges/catalog'
import { FeeRatesView } from './pledges/FeeRatesView'
import { OverdueView } from './pledges/OverdueView'
import { PledgeForm } from './pledges/PledgeForm'
import { PledgePage } from './pledges/PledgePage'
import { useGalangDayaRoute } from './routes'
import { SupporterForm } from './supporters/SupporterForm'
import { SupporterList } from './supporters/SupporterList'
import { SupporterPage } from './supporters/SupporterPage'

/** Galang Daya: supporters, their pledges of every form, fulfilments, receipts and fees. */
export default function GalangDayaScreen() {
  const route = useGalangDayaRoute()
  switch (route.view) {
    case 'supporters':
      return <SupporterList />
    case 'overdue':
      return <OverdueView />
    case 'fees':
      return <FeeRatesView />
    case 'newSupporter':
      return <SupporterForm id={null} />
    case 'editSupporter':
      return <SupporterForm key={route.id} id={route.id} />
    case 'supporter':
      return <SupporterPage key={route.id} id={route.id} />
    case 'newPledge':
      return (
        <PledgeForm
          key={`${route.initiativeId}/${route.supporterId}`}
          id={null}
          initiativeId={route.initiativeId}
          supporterId={route.supporterId}
        />
      )
    case 'editPledge':
      return <PledgeForm key={route.id} id={route.id} initiativeId={null} supporterId={null} />
    case 'pledge':
      return <PledgePage key={route.id} id={route.id} />
  }
}
