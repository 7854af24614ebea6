import type { ComponentProps } from 'react'
import { Field, type ControlProps } from './Field'

type InputProps = Omit<ComponentProps<'input'>, keyof ControlProps>

interface Props extends InputProps {
  label: string
  hint?: string
  error?: string
}

/** A one-line text input with its label, hint and error wired up by Field. */
export function TextField({ label, hint, error, ...input }: Props) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <input {...input} {...control} />}
    </Field>
  )
}
