import type { ComponentProps } from 'react'
import { Field, type ControlProps } from './Field'

export interface Option {
  value: string
  label: string
}

interface Props extends Omit<ComponentProps<'select'>, keyof ControlProps | 'children'> {
  label: string
  hint?: string
  error?: string
  options: readonly Option[]
  /** The first, empty choice ("Pilih…", "Tidak ada"); without it a value must be chosen. */
  placeholder?: string
}

/** A select with its label, hint and error wired up by Field. */
export function SelectField({ label, hint, error, options, placeholder, ...select }: Props) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select {...select} {...control}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
