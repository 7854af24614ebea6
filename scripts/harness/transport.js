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
  Object.defineProperty(window, 'lokadaya', { value: Object.freeze({ invoke }), enumerable: true })
})()
