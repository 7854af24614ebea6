import type { ErrorPayload } from '@shared/errors'
import { useHub } from './features/hub/store'
import { useLanguage } from './features/language/store'
import { AppShell } from './features/shell/AppShell'
import { LazyScreen } from './features/shell/LazyScreen'
import { StartupProblem } from './features/shell/StartupProblem'
import { usePrintRoute } from './features/print/route'
import { useRestore } from './features/restore/store'
import { loadSetupScreen } from './early'
import { loadStartup } from './startup'

// Setup runs once per installation; every later start skips its code and zod's.
const loadSetup = () => loadSetupScreen().then((m) => ({ default: m.SetupScreen }))
// Pages printed to PDF (a tanda terima) are drawn alone, without the sidebar; their code loads only there.
const loadPrintPage = () => import('./features/print/PrintPage')
// Only when the database would not open: most starts never load it.
const loadRecovery = () => import('./features/restore/RecoveryScreen').then((m) => ({ default: m.RecoveryScreen }))

export function App() {
  const status = useHub((state) => state.status)
  const hubError = useHub((state) => state.error)
  const languageLoaded = useLanguage((state) => state.loaded)
  const languageError = useLanguage((state) => state.error)
  const printRoute = usePrintRoute()
  const problem = useRestore((state) => state.problem)

  if (problem) return <LazyScreen load={loadRecovery} />
  if (!status || !languageLoaded) {
    const errors = [languageError, hubError].filter((error): error is ErrorPayload => error !== null)
    return <StartupProblem errors={errors} onRetry={() => void loadStartup()} />
  }
  if (printRoute) return <LazyScreen load={loadPrintPage} />
  if (status.setUp) return <AppShell identity={status.identity} notices={status.notices} />
  return <LazyScreen load={loadSetup} />
}
