import { useState } from 'react'
import type { ErrorPayload, Result } from '@shared/errors'
import type { PrintedFile } from '@shared/printing'
import './PrintButton.css'

type Outcome =
  { state: 'idle' | 'printing' } | { state: 'printed'; file: PrintedFile } | { state: 'failed'; error: ErrorPayload }

interface Props {
  label: string
  /** Names the button where several stand in one list. */
  accessibleLabel?: string
  printingText: string
  printedText(file: PrintedFile): string
  /** Main asks where to save, prints the page there and says what it wrote; null: the user cancelled. */
  print(): Promise<Result<PrintedFile | null>>
}

/** A "print to PDF" button that then says which file it wrote, or why it could not. */
export function PrintButton({ label, accessibleLabel, printingText, printedText, print }: Props) {
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' })
  async function run() {
    if (outcome.state === 'printing') return
    setOutcome({ state: 'printing' })
    const result = await print()
    if (!result.ok) setOutcome({ state: 'failed', error: result.error })
    else setOutcome(result.value ? { state: 'printed', file: result.value } : { state: 'idle' })
  }
  return (
    <span className="print-action">
      <button
        type="button"
        className="button"
        aria-busy={outcome.state === 'printing'}
        aria-label={accessibleLabel}
        onClick={() => void run()}
      >
        {label}
      </button>
      <span role="status">
        {outcome.state === 'printing' && printingText}
        {outcome.state === 'printed' && printedText(outcome.file)}
      </span>
      <span role="alert" className={outcome.state === 'failed' ? 'field-error' : undefined}>
        {outcome.state === 'failed' && outcome.error.message}
      </span>
    </span>
  )
}
