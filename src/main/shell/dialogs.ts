import { dirname, join } from 'node:path'
import { BrowserWindow, dialog, type FileFilter, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import type { FileDialogs, FileKind } from '../services'

// Named by their extensions, which read the same in either language.
const filters: Record<FileKind, FileFilter[]> = {
  bundle: [{ name: 'Lokadaya Hub (.lokadaya)', extensions: ['lokadaya'] }],
  // Key files travel by e-mail and chat, which rename them at times.
  key: [
    { name: 'Lokadaya Hub (.lokadaya-key, .txt, .pem)', extensions: ['lokadaya-key', 'txt', 'pem'] },
    { name: '*', extensions: ['*'] },
  ],
  pdf: [{ name: 'PDF (.pdf)', extensions: ['pdf'] }],
  xlsx: [{ name: 'Excel (.xlsx)', extensions: ['xlsx'] }],
  backup: [
    { name: 'Lokadaya Hub (.lokadaya-backup)', extensions: ['lokadaya-backup'] },
    { name: '*', extensions: ['*'] },
  ],
  json: [{ name: 'JSON (.json)', extensions: ['json'] }],
  csv: [{ name: 'CSV (.csv)', extensions: ['csv'] }],
  carrier: [
    { name: 'Lokadaya Hub (.lokadaya, .lokadaya-backup)', extensions: ['lokadaya', 'lokadaya-backup'] },
    { name: '*', extensions: ['*'] },
  ],
}

/**
 * The system's open and save dialogs, modal to the app's window. Each opens in the folder used last
 * (a USB stick, usually), starting from the user's Documents.
 */
export function createFileDialogs(documentsFolder: string): FileDialogs {
  let folder = documentsFolder
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  const remember = (path: string | undefined) => {
    if (path) folder = dirname(path)
    return path
  }
  return {
    async chooseSavePath({ suggestedName, kind }) {
      const options: SaveDialogOptions = {
        defaultPath: join(folder, suggestedName),
        filters: filters[kind],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      }
      const window = parent()
      const result = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options))
      return result.canceled ? null : (remember(result.filePath) ?? null)
    },
    async chooseOpenPaths({ kind, multiple }) {
      const options: OpenDialogOptions = {
        defaultPath: folder,
        filters: filters[kind],
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      }
      const window = parent()
      const result = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options))
      if (result.canceled) return []
      remember(result.filePaths[0])
      return result.filePaths
    },
    async chooseFolder() {
      const options: OpenDialogOptions = { defaultPath: folder, properties: ['openDirectory', 'createDirectory'] }
      const window = parent()
      const result = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options))
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
  }
}
