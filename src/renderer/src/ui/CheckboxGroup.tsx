import './Field.css'
import { useId } from 'react'

interface Props<Value extends string | number> {
  legend: string
  /** The name each checkbox submits under, and what a refused save's focus looks for. */
  name: string
  options: readonly { value: Value; label: string }[]
  checked: readonly Value[]
  onChange(checked: Value[]): void
  error?: string
}

/** A fieldset of checkboxes for picking several terms (sectors, SDGs), with the group's error. */
export function CheckboxGroup<Value extends string | number>({
  legend,
  name,
  options,
  checked,
  onChange,
  error,
}: Props<Value>) {
  const errorId = `${useId()}-error`
  const toggle = (value: Value, on: boolean) =>
    onChange(on ? [...checked, value] : checked.filter((each) => each !== value))
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <div className="check-group">
        {options.map((option) => (
          <label key={option.value}>
            <input
              type="checkbox"
              name={name}
              checked={checked.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
