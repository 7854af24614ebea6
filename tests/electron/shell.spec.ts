import { captureExternalLinks, electron, expect, test, type PageGlobals } from './fixtures'

test.skip(!electron.executable, electron.missing)
// The list reporter does not print skip reasons; an absent binary must not pass for a green run.
if (electron.missing) console.warn(`[electron] all tests skipped: ${electron.missing}`)

const APP_PAGE = 'app://lokadaya/index.html'

test('the window runs sandboxed and isolated, from app:// with the CSP header', async ({ app, page }) => {
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as {
      getLastWebPreferences(): Record<string, unknown>
    }
    return contents.getLastWebPreferences()
  })
  expect(preferences).toMatchObject({
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  })
  expect(page.url()).toBe(APP_PAGE)
  const csp = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'))
  expect(csp).toContain("frame-ancestors 'none'")
})

test('the page exposes exactly window.lokadaya.invoke and pathsOf, and no Node', async ({ page }) => {
  const surface = await page.evaluate(() => {
    const api = (globalThis as PageGlobals).lokadaya
    return {
      keys: Object.keys(api),
      invoke: typeof api.invoke,
      pathsOf: typeof api.pathsOf,
      require: typeof require,
      process: typeof process,
      module: typeof module,
      ipcRenderer: 'ipcRenderer' in globalThis,
    }
  })
  expect(surface).toEqual({
    keys: ['invoke', 'pathsOf'],
    invoke: 'function',
    pathsOf: 'function',
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    ipcRenderer: false,
  })
})

test('invoke reaches the registry for contract channels and refuses others', async ({ page }) => {
  const results = await page.evaluate(async () => {
    const { invoke } = (globalThis as PageGlobals).lokadaya
    const info = (await invoke('app:info')) as { ok: boolean }
    const unknown = await invoke('hub:delete').then(
      () => 'resolved',
      (error: Error) => error.message,
    )
    return { info: info.ok, unknown }
  })
  expect(results).toEqual({ info: true, unknown: expect.stringContaining('Unknown channel') })
})

test('navigation away from the app is blocked; https links go to the system browser', async ({ app, page }) => {
  const opened = await captureExternalLinks(app)
  await page.evaluate(() => {
    ;(globalThis as PageGlobals).location.href = 'file:///etc/passwd'
  })
  await page.evaluate(() => {
    ;(globalThis as PageGlobals).location.href = 'https://example.org/panduan'
  })
  await expect.poll(opened).toEqual(['https://example.org/panduan'])
  expect(page.url()).toBe(APP_PAGE)
})

test('window.open never opens a window', async ({ app, page }) => {
  const opened = await captureExternalLinks(app)
  const handles = await page.evaluate(() =>
    ['https://example.org/popup', 'app://lokadaya/index.html', 'javascript:alert(1)'].map(
      (url) => (globalThis as PageGlobals).open(url) === null,
    ),
  )
  expect(handles).toEqual([true, true, true])
  await expect.poll(opened).toEqual(['https://example.org/popup'])
  expect(app.windows()).toHaveLength(1)
})
