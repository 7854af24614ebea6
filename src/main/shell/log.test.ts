import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createLogger } from './log'

let directory: string
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'lokadaya-log-'))
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
})
afterEach(() => {
  vi.restoreAllMocks()
  rmSync(directory, { recursive: true, force: true })
})

const now = () => new Date('2026-03-01T02:03:04.000Z')

describe('createLogger', () => {
  it('appends timestamped lines, with the stack of an error, to a file it creates', () => {
    const file = join(directory, 'logs', 'main.log')
    const log = createLogger({ file, debug: false, now })
    log.info('started')
    log.error('update check failed', new Error('ENOTFOUND'))
    const text = readFileSync(file, 'utf8')
    expect(text).toMatch(
      /^2026-03-01T02:03:04.000Z INFO started\n2026-03-01T02:03:04.000Z ERROR update check failed: Error: ENOTFOUND\n {4}at /,
    )
  })

  it('writes debug lines only when debugging', () => {
    const file = join(directory, 'main.log')
    createLogger({ file, debug: false, now }).debug('ipc app:info ok 1ms')
    expect(existsSync(file)).toBe(false)
    createLogger({ file, debug: true, now }).debug('ipc app:info ok 1ms')
    expect(readFileSync(file, 'utf8')).toBe('2026-03-01T02:03:04.000Z DEBUG ipc app:info ok 1ms\n')
  })

  it('moves an oversized log aside when it starts', () => {
    const file = join(directory, 'main.log')
    writeFileSync(file, 'x'.repeat(20))
    createLogger({ file, debug: false, maxBytes: 10, now }).info('fresh')
    expect(readFileSync(`${file}.old`, 'utf8')).toBe('x'.repeat(20))
    expect(readFileSync(file, 'utf8')).toBe('2026-03-01T02:03:04.000Z INFO fresh\n')
  })

  it('keeps logging to stderr when the file cannot be written', () => {
    const blocker = join(directory, 'not-a-directory')
    writeFileSync(blocker, '')
    const log = createLogger({ file: join(blocker, 'main.log'), debug: false, now })
    expect(() => log.error('still here', new Error('EACCES'))).not.toThrow()
    expect(process.stderr.write).toHaveBeenCalledWith(expect.stringContaining('ERROR still here: Error: EACCES'))
  })
})
