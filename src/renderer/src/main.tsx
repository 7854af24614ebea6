// First, so its requests go out before the rest of the bundle is evaluated.
import './early'
// Before the components, whose own styles build on these and must come after them.
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { loadStartup } from './startup'

async function start(): Promise<void> {
  await loadStartup()
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void start()
