import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channels } from '../shared/contract'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (channel: string) => ({ ok: true, value: channel })), send: vi.fn() },
  webUtils: {
    getPathForFile: vi.fn((file: { name: string }) => (file.name === 'pasted.txt' ? '' : `/media/usb/${file.name}`)),
  },
}))
vi.mock('electron', () => electron)

await import('./index')
const [[name, api]] = electron.contextBridge.exposeInMainWorld.mock.calls as [[string, Record<string, unknown>]]
const invoke = api.invoke as (channel: string, ...input: unknown[]) => Promise<unknown>

describe('preload', () => {
  beforeEach(() => electron.ipcRenderer.invoke.mockClear())

  it('exposes window.lokadaya with invoke and the paths of dropped files, nothing else', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
    expect(name).toBe('lokadaya')
    expect(Object.keys(api)).toEqual(['invoke', 'pathsOf'])
    expect(Object.values(api)).not.toContain(electron.ipcRenderer)
  })

  it('forwards contract channels with their input', async () => {
    await expect(invoke('reference:regencies', { provinceCode: '35' })).resolves.toEqual({
      ok: true,
      value: 'reference:regencies',
    })
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('reference:regencies', { provinceCode: '35' })
  })

  it('forwards channels without input as no argument at all, and never more than one', async () => {
    await invoke('app:info')
    await invoke('settings:setLanguage', { language: 'en' }, 'extra')
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([['app:info'], ['settings:setLanguage', { language: 'en' }]])
  })

  it('accepts every contract channel', async () => {
    for (const channel of channels) await invoke(channel)
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(channels.length)
  })

  it('names dropped files by their paths on disk, and a file that has none by ""', () => {
    const pathsOf = api.pathsOf as (files: { name: string }[]) => string[]
    expect(pathsOf([{ name: 'paket-jawa-timur.lokadaya' }, { name: 'pasted.txt' }])).toEqual([
      '/media/usb/paket-jawa-timur.lokadaya',
      '',
    ])
  })

  it.each(['hub:delete', 'constructor', '__proto__', 'toString', '', 42])('refuses %s', async (channel) => {
    await expect(invoke(channel as string)).rejects.toThrow(/Unknown channel/)
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled()
  })
})
