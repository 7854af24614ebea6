import { useRef, type ReactNode } from 'react'
import { SelectField, type Option } from './SelectField'
import './ListToolbar.css'
import './visually-hidden.css'

interface Props {
  legend: string
  clearLabel: string
  /** Whether any filter is set: the clear button shows only then. */
  filtered: boolean
  onClear(): void
  children: ReactNode
}

/** A list's filters on one row with their clear button; each filter is a FilterSelect. */
export function ListFilters({ legend, clearLabel, filtered, onClear, children }: Props) {
  const fieldset = useRef<HTMLFieldSetElement>(null)
  // The button goes once nothing is filtered: focus stays with the filters, on the first of them.
  const clear = () => {
    onClear()
    fieldset.current?.querySelector('select')?.focus()
  }
  return (
    <fieldset ref={fieldset} className="list-filters">
      <legend className="visually-hidden">{legend}</legend>
      {children}
      {filtered && (
        <button type="button" className="button list-filters__clear" onClick={clear}>
          {clearLabel}
        </button>
      )}
    </fieldset>
  )
}

/** One filter: its first choice ("Semua") sets it to null. */
export function FilterSelect({
  label,
  anyLabel,
  value,
  options,
  onChange,
}: {
  label: string
  anyLabel: string
  value: string | number | null
  options: Option[]
  onChange(value: string | null): void
}) {
  return (
    <SelectField
      label={label}
      options={options}
      placeholder={anyLabel}
      value={value === null ? '' : String(value)}
      onChange={(event) => onChange(event.target.value || null)}
    />
  )
}
