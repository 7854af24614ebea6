import type { ErrorPayload } from '../../shared/errors'
import { SetupScreen } from './features/hub/SetupScreen'
import { useHub } from './features/hub/store'
import { useLanguage } from './features/language/store'
import { AppShell } from './features/shell/AppShell'
import { StartupProblem } from './features/shell/StartupProblem'
import { loadStartup } from './startup'

export function App() {
  const status = useHub((state) => state.status)
  const hubError = useHub((state) => state.error)
  const languageLoaded = useLanguage((state) => state.loaded)
  const languageError = useLanguage((state) => state.error)

  if (!status || !languageLoaded) {
    const errors = [languageError, hubError].filter((error): error is ErrorPayload => error !== null)
    return <StartupProblem errors={errors} onRetry={() => void loadStartup()} />
  }
  return status.setUp ? <AppShell identity={status.identity} /> : <SetupScreen />
}
