import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { openServices } from '../../src/main/cli/context'
import type { CreateDbOptions } from '../../src/main/db'
import type { HandlerRegistry } from '../../src/main/ipc/registry'
import type { Services } from '../../src/main/services'
import { fileUnder, realFileUnder } from '../../src/main/shell/static-files'
import { scriptedDialogs, type ScriptedDialogs } from '../../src/main/testing/dialogs'
import { contentTypeFor } from '../../src/shared/content-types'
import { rendererOutDir } from '../build-renderer'
import { harnessPrinter } from './printer'

export interface Harness {
  url: string
  registry: HandlerRegistry
  /** The file dialogs main opens, answered as the test says. */
  dialogs: ScriptedDialogs
  /** What the handlers use, so a test can set state no screen sets (a backup made days ago). */
  services: Services
  close(): Promise<void>
}

export interface HarnessOptions {
  databasePath: string
  port?: number
  rendererDir?: string
  /** Browser tests of a database this user may only read, as root may write any file. */
  canWrite?: CreateDbOptions['canWrite']
  /** The database's wall clock, for tests of what happened years ago. */
  clock?: CreateDbOptions['clock']
}

const TRANSPORT_PATH = '/__harness/transport.js'
const INVOKE_PATH = '/__harness/invoke'
// An import's 10 MB file arrives as base64 inside JSON: a third larger, and some.
const MAX_BODY_BYTES = 16 * 1024 * 1024

/**
 * Serves the built renderer on 127.0.0.1 with the real handler registry behind an HTTP transport,
 * so browser tests drive the exact renderer and handlers that ship, minus Electron. The transport
 * script is same-origin, so the page's own CSP (script-src 'self'; connect-src 'self') still holds.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = options.rendererDir ?? rendererOutDir
  const indexPath = join(resolve(rendererDir), 'index.html')
  if (!existsSync(indexPath)) throw new Error(`no built renderer at ${rendererDir}: run "npm run build:renderer" first`)
  // Requests resolve to real paths, so the index is recognised by its real path too.
  const indexFile = realpathSync(indexPath)
  const indexHtml = readFileSync(indexFile, 'utf8').replace(
    '<head>',
    `<head>\n    <script src="${TRANSPORT_PATH}"></script>`,
  )
  const transport = readFileSync(join(__dirname, 'transport.js'), 'utf8')
  const dialogs = scriptedDialogs()
  let baseUrl = ''
  const printer = harnessPrinter(() => baseUrl)
  const { services, registry } = openServices(
    options.databasePath,
    undefined,
    {
      ...(options.canWrite && { canWrite: options.canWrite }),
      ...(options.clock && { clock: options.clock }),
    },
    dialogs,
    printer,
    true,
  )

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error)
      if (!response.headersSent) response.writeHead(500)
      response.end()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    // Any web page open in the same browser could otherwise drive the handlers (a form post, or a
    // DNS-rebound host name): only the harness's own origin, and only JSON, which forms cannot send.
    const origin = `http://127.0.0.1:${port}`
    if (request.headers.host !== `127.0.0.1:${port}`) return send(response, 403, 'text/plain', 'wrong host')
    if (request.headers.origin !== undefined && request.headers.origin !== origin)
      return send(response, 403, 'text/plain', 'cross-origin request refused')
    if (path === INVOKE_PATH && request.method === 'POST') {
      if (!request.headers['content-type']?.startsWith('application/json'))
        return send(response, 415, 'text/plain', 'send application/json')
      const { channel, input } = JSON.parse(await readBody(request)) as { channel: string; input: unknown }
      return send(response, 200, 'application/json', JSON.stringify(await registry.invoke(channel, input)))
    }
    if (request.method !== 'GET') return send(response, 405, 'text/plain', 'method not allowed')
    if (path === TRANSPORT_PATH) return send(response, 200, contentTypeFor(TRANSPORT_PATH), transport)
    let decoded: string
    try {
      decoded = decodeURIComponent(path)
    } catch {
      return send(response, 404, 'text/plain', 'not found')
    }
    const wanted = fileUnder(rendererDir, decoded)
    const file = wanted && (await realFileUnder(rendererDir, wanted))
    if (!file) return send(response, 404, 'text/plain', 'not found')
    // A client-side route falls back to index.html, which must carry the transport too.
    if (file === indexFile) return send(response, 200, contentTypeFor(indexFile), indexHtml)
    send(response, 200, contentTypeFor(file), readFileSync(file))
  }

  await new Promise<void>((ready, failed) => {
    server.once('error', failed)
    server.listen(options.port ?? 0, '127.0.0.1', ready)
  })
  const { port } = server.address() as AddressInfo
  baseUrl = `http://127.0.0.1:${port}/`
  return {
    url: baseUrl,
    registry,
    dialogs,
    services,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections()
        server.close(() => {
          services.database.close()
          void printer.close().then(closed)
        })
      }),
  }
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' })
  response.end(body)
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new Error('request body too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}
