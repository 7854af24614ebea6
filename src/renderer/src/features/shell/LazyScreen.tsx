import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react'
import { useText } from '@renderer/i18n'
import { StartupProblem } from './StartupProblem'

type Load = () => Promise<{ default: ComponentType }>

function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const t = useText()
  return <StartupProblem errors={[{ code: 'INTERNAL', message: t('app.loadFailed') }]} onRetry={onRetry} />
}

interface BoundaryProps {
  children: ReactNode
  onRetry: () => void
}

/** Without it a failed import (or a throw while rendering) would unmount everything: a blank window. */
class LoadBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  retry = () => {
    this.props.onRetry()
    this.setState({ failed: false })
  }

  override render() {
    return this.state.failed ? <LoadFailed onRetry={this.retry} /> : this.props.children
  }
}

/** A screen whose code loads only when it is shown; if that load fails, a message and a retry instead. */
export function LazyScreen({ load }: { load: Load }) {
  // lazy() keeps a failed import's rejection for good, so each retry gets a fresh one.
  const [Screen, setScreen] = useState(() => lazy(load))
  return (
    <LoadBoundary onRetry={() => setScreen(() => lazy(load))}>
      <Suspense>
        <Screen />
      </Suspense>
    </LoadBoundary>
  )
}
