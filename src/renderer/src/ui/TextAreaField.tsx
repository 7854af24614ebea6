import type { ComponentProps } from 'react'
import { Field, type ControlProps } from './Field'

interface Props extends Omit<ComponentProps<'textarea'>, keyof ControlProps> {
  label: string
  hint?: string
  error?: string
}

/** A multi-line text input with its label, hint and error wired up by Field. */
export function TextAreaField({ label, hint, error, rows = 3, ...textarea }: Props) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <textarea rows={rows} {...textarea} {...control} />}
    </Field>
  )
}
