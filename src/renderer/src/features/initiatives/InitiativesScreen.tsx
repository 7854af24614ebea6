import './catalog'
import './stories/catalog'
import { ClustersView } from './clusters/ClustersView'
import { InitiativeForm } from './form/InitiativeForm'
import { InitiativeList } from './list/InitiativeList'
import { InitiativePage } from './page/InitiativePage'
import { useInitiativesRoute } from './routes'
import { StepGuideView } from './steps/StepGuideView'
import { StoryForm } from './stories/StoryForm'
import { StoryPage } from './stories/StoryPage'

/** Inisiatif: local service initiatives, their six formulation steps, needs and stories of change. */
export default function InitiativesScreen() {
  const route = useInitiativesRoute()
  switch (route.view) {
    case 'list':
      return <InitiativeList />
    case 'new':
      return <InitiativeForm id={null} />
    case 'edit':
      return <InitiativeForm key={route.id} id={route.id} />
    case 'initiative':
      return <InitiativePage key={route.id} id={route.id} />
    case 'clusters':
      return <ClustersView />
    case 'stepGuide':
      return <StepGuideView />
    case 'newStory':
      return <StoryForm key={route.initiativeId} initiativeId={route.initiativeId} id={null} />
    case 'editStory':
      return <StoryForm key={route.id} initiativeId={null} id={route.id} />
    case 'story':
      return <StoryPage key={route.id} id={route.id} />
  }
}
