// First, so its requests go out before the rest of the bundle is evaluated.
import './early'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { loadStartup } from './startup'
import './styles.css'

async function start(): Promise<void> {
  await loadStartup()
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void start()
