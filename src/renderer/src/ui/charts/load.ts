type Plots = typeof import('./plots')

let pending: Promise<Plots> | null = null
let loaded: Plots | null = null

/** The chart library's chunk, imported once: every chart and preloadCharts share the one import. */
export function loadPlots(): Promise<Plots> {
  pending ??= import('./plots').then(
    (plots) => (loaded = plots),
    (error: unknown) => {
      pending = null // a later chart may try again (a file briefly unreadable during an update)
      throw error
    },
  )
  return pending
}

/**
 * Resolves once the charts' code has loaded; charts mounted after that draw in the same render,
 * with no loading placeholder. A print page awaits it before it renders its charts, then waits for
 * each chart's onReady before it says it is ready to print.
 */
export async function preloadCharts(): Promise<void> {
  await loadPlots()
}

/**
 * The loader React.lazy gets for one plot. Once the chunk is in, it hands the component back
 * through a thenable that calls back at once: lazy() then resolves during the render it is first
 * used in instead of suspending for a tick, so a preloaded chart never shows its placeholder.
 */
export function plotLoader<Name extends keyof Plots>(name: Name): () => Promise<{ default: Plots[Name] }> {
  return () => {
    if (loaded) {
      const component = loaded[name]
      const ready = { then: (resolve: (module: { default: Plots[Name] }) => void) => resolve({ default: component }) }
      return ready as unknown as Promise<{ default: Plots[Name] }>
    }
    return loadPlots().then((plots) => ({ default: plots[name] }))
  }
}
