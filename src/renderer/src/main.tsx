import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { useLanguage } from './features/language/store'
import { startI18n } from './i18n'
import { loadStartup } from './startup'
import './styles.css'

async function start(): Promise<void> {
  await loadStartup()
  await startI18n(useLanguage.getState().language)
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void start()
