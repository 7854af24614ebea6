import { execFileSync } from 'node:child_process'

/** Whether poppler's pdftotext is installed: the tests that read a printed PDF back need it. */
export const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()
