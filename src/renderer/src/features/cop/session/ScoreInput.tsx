interface Props {
  label: string
  /** Finds the input again to focus it when refused. */
  marker: string
  value: string
  error?: string
  onChange(value: string): void
  onEnter(): void
}

/** A score cell: labelled for its person, its refusal read with it, Enter saves the table's scores. */
export function ScoreInput({ label, marker, value, error, onChange, onEnter }: Props) {
  const errorId = `score-error-${marker}`
  return (
    <>
      <input
        className="cop-score"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={3}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        data-score={marker}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onEnter()
        }}
      />
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </>
  )
}
