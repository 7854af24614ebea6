// Test-only stand-in for the preload: the same window.lokadaya contract, carried over HTTP to the
// real handler registry in the harness process. Served by scripts/harness.ts, never packaged.
;(() => {
  const invoke = async (channel, input) => {
    const response = await fetch('/__harness/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel, input }),
    })
    return response.json()
  }
  // A page cannot know where a dropped file lies on disk, as Electron's preload can: a test names
  // it first with window.harnessDrops.set(fileName, path). An unnamed file has no path, "".
  const dropped = new Map()
  const pathsOf = (files) => Array.from(files, (file) => dropped.get(file.name) ?? '')
  Object.defineProperty(window, 'lokadaya', { value: Object.freeze({ invoke, pathsOf }), enumerable: true })
  Object.defineProperty(window, 'harnessDrops', {
    value: Object.freeze({ set: (name, path) => void dropped.set(name, path) }),
  })
})()
