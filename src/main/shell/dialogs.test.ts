import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  const window = { id: 1 }
  return {
    window,
    BrowserWindow: {
      getFocusedWindow: vi.fn((): unknown => window),
      getAllWindows: vi.fn((): unknown[] => [window]),
    },
    dialog: {
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePath: '' as string | undefined })),
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePaths: [] as string[] })),
    },
  }
})
vi.mock('electron', () => electron)

const { createFileDialogs } = await import('./dialogs')

describe('file dialogs', () => {
  beforeEach(() => vi.clearAllMocks())

  it('suggests the name in Documents, modal to the window, and asks before replacing a file', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/media/usb/paket.lokadaya' })
    const files = createFileDialogs('/home/sekretariat/Documents')
    await expect(files.chooseSavePath({ suggestedName: 'paket.lokadaya', kind: 'bundle' })).resolves.toBe(
      '/media/usb/paket.lokadaya',
    )
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(electron.window, {
      defaultPath: '/home/sekretariat/Documents/paket.lokadaya',
      filters: [{ name: 'Lokadaya Hub (.lokadaya)', extensions: ['lokadaya'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    })
  })

  it('opens the next dialog in the folder chosen last', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/media/usb/paket.lokadaya' })
    const files = createFileDialogs('/home/sekretariat/Documents')
    await files.chooseSavePath({ suggestedName: 'paket.lokadaya', kind: 'bundle' })
    await files.chooseOpenPaths({ kind: 'key', multiple: false })
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(
      electron.window,
      expect.objectContaining({ defaultPath: '/media/usb', properties: ['openFile'] }),
    )
  })

  it('opens several bundles at once when asked to', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: ['/media/usb/a', '/media/usb/b'],
    })
    const files = createFileDialogs('/docs')
    await expect(files.chooseOpenPaths({ kind: 'bundle', multiple: true })).resolves.toEqual([
      '/media/usb/a',
      '/media/usb/b',
    ])
    expect(electron.dialog.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({
      properties: ['openFile', 'multiSelections'],
    })
  })

  it('answers a cancelled dialog with nothing', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    const files = createFileDialogs('/docs')
    await expect(files.chooseSavePath({ suggestedName: 'kunci.lokadaya-key', kind: 'key' })).resolves.toBeNull()
    await expect(files.chooseOpenPaths({ kind: 'bundle', multiple: true })).resolves.toEqual([])
  })

  it('chooses a folder (for backups), one that may be made there, and nothing when cancelled', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb/Cadangan'] })
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    const files = createFileDialogs('/docs')
    await expect(files.chooseFolder()).resolves.toBe('/media/usb/Cadangan')
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(electron.window, {
      defaultPath: '/docs',
      properties: ['openDirectory', 'createDirectory'],
    })
    await expect(files.chooseFolder()).resolves.toBeNull()
  })

  it('still opens without a window to attach to', async () => {
    electron.BrowserWindow.getFocusedWindow.mockReturnValueOnce(null)
    electron.BrowserWindow.getAllWindows.mockReturnValueOnce([])
    const files = createFileDialogs('/docs')
    await files.chooseOpenPaths({ kind: 'bundle', multiple: false })
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '/docs' }))
  })
})
