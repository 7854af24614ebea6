import type { SpreadsheetFile } from '@shared/members'

/**
 * Hands a file made in main to the user: the browser's download, which Electron turns into a save
 * dialog. Main never writes to a path the renderer names.
 */
export function saveFile(file: SpreadsheetFile): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  document.body.append(link)
  link.click()
  link.remove()
  // The download has taken its copy once click() returns; a later revoke just frees memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * Reads a chosen file as base64 for the contract (JSON-safe across IPC and the test harness). The
 * browser encodes a data: URL natively, where a loop in script froze the screen for a second on 7 MB.
 */
export function readFileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = reader.result as string
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error(`cannot read ${file.name}`))
    reader.readAsDataURL(file)
  })
}
