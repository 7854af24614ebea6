import './catalog'
import { VerifyView } from './certificates/VerifyView'
import { IndicatorsView } from './indicators/IndicatorsView'
import { useCopRoute } from './routes'
import { SessionPage } from './session/SessionPage'
import { SessionForm } from './sessions/SessionForm'
import { SessionList } from './sessions/SessionList'
import { TrainersView } from './trainers/TrainersView'
import { TrainerView } from './trainers/TrainerView'

/** CoP & ToT: sessions and their attendance, trainers and the ToT cascade, indicators, certificates. */
export default function CopScreen() {
  const route = useCopRoute()
  switch (route.view) {
    case 'sessions':
      return <SessionList />
    case 'newSession':
      return <SessionForm id={null} />
    case 'editSession':
      return <SessionForm key={route.id} id={route.id} />
    case 'session':
      return <SessionPage key={route.id} id={route.id} />
    case 'trainers':
      return <TrainersView />
    case 'trainer':
      return <TrainerView key={route.personId} personId={route.personId} />
    case 'indicators':
      return <IndicatorsView />
    case 'verify':
      return <VerifyView />
  }
}
