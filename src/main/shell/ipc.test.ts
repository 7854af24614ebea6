import { describe, expect, it, vi } from 'vitest'
import { channels } from '../../shared/contract'
import type { HandlerRegistry } from '../ipc/registry'
import type { Logger } from './log'

const electron = vi.hoisted(() => ({ ipcMain: { handle: vi.fn() } }))
vi.mock('electron', () => electron)

const { isTrustedSender, registerIpc } = await import('./ipc')

describe('isTrustedSender', () => {
  it('trusts the app origin, and the dev server only when configured', () => {
    expect(isTrustedSender('app://lokadaya/index.html', {})).toBe(true)
    expect(isTrustedSender('http://localhost:5173/', { devServerUrl: 'http://localhost:5173' })).toBe(true)
    expect(isTrustedSender('http://localhost:5173/', {})).toBe(false)
  })

  it.each([undefined, '', 'about:blank', 'https://example.org/', 'file:///index.html', 'app://evil/index.html'])(
    'refuses %s',
    (url) => expect(isTrustedSender(url, {})).toBe(false),
  )
})

describe('registerIpc', () => {
  const registry = {
    invoke: vi.fn(async () => ({ ok: true, value: { version: '1.0.0' } })),
    failure: vi.fn((error: { code: string }) => ({ ok: false, error: { code: error.code, message: 'ditolak' } })),
  }
  const log = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() } satisfies Logger
  registerIpc(registry as unknown as HandlerRegistry, {}, log)
  const handlerFor = (channel: string) =>
    electron.ipcMain.handle.mock.calls.find(([name]) => name === channel)?.[1] as (
      event: { senderFrame: { url: string } | null },
      input?: unknown,
    ) => Promise<unknown>

  it('handles exactly the contract channels', () => {
    expect(electron.ipcMain.handle.mock.calls.map(([name]) => name)).toEqual(channels)
  })

  it('dispatches calls from the app to the registry', async () => {
    const input = { code: '35' }
    const result = await handlerFor('reference:regencies')({ senderFrame: { url: 'app://lokadaya/index.html' } }, input)
    expect(registry.invoke).toHaveBeenCalledWith('reference:regencies', input)
    expect(result).toEqual({ ok: true, value: { version: '1.0.0' } })
  })

  it('refuses other senders with FORBIDDEN before dispatch', async () => {
    registry.invoke.mockClear()
    for (const senderFrame of [{ url: 'https://example.org/' }, null]) {
      const result = await handlerFor('hub:setup')({ senderFrame }, { name: 'x' })
      expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'ditolak' } })
    }
    expect(registry.invoke).not.toHaveBeenCalled()
    expect(registry.failure).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'FORBIDDEN', userMessage: { key: 'errors.forbidden' } }),
    )
  })

  it('logs channel, outcome and duration, never the payload', async () => {
    log.debug.mockClear()
    await handlerFor('hub:setup')({ senderFrame: { url: 'app://lokadaya/' } }, { contactName: 'Siti Rahayu' })
    await handlerFor('hub:setup')({ senderFrame: null }, { contactName: 'Siti Rahayu' })
    const lines = log.debug.mock.calls.map(([line]) => line)
    expect(lines[0]).toMatch(/^ipc hub:setup ok \d+ms$/)
    expect(lines[1]).toMatch(/^ipc hub:setup FORBIDDEN \d+ms$/)
    expect(lines.join('\n')).not.toContain('Siti')
  })
})
