import './ListToolbar.css'

interface Props {
  id: string
  label: string
  hint: string
  value: string
  onChange(value: string): void
}

/** A list's search: what is typed is searched as the user types, the hint says what it looks in. */
export function SearchBox({ id, label, hint, value, onChange }: Props) {
  return (
    <div className="search-box">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        // The contract's limit on a query: longer text would be refused rather than searched.
        maxLength={200}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
    </div>
  )
}
