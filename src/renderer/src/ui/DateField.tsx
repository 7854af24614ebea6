import { useState, type Ref } from 'react'
import { useText } from '../i18n'
import { dateInputText, parseDateInput } from './date-input'
import { useDates } from './dates'
import { Field } from './Field'

interface Props {
  label: string
  name?: string
  /**
   * YYYY-MM-DD, or '' for none. While the typed text is not a date yet, the text itself, so a save
   * still reaches main with the field refused rather than silently empty.
   */
  value: string
  onChange(value: string): void
  hint?: string
  error?: string
  ref?: Ref<HTMLInputElement>
}

/**
 * A date typed day first in either language (18/05/2025, 18 Mei 2025), where the browser's own date
 * input would follow the operating system's locale (mm/dd/yyyy on many PCs). The date as read is
 * said back in words, so a swapped day and month is seen before saving.
 */
export function DateField({ label, name, value, onChange, hint, error, ref }: Props) {
  const t = useText()
  const { date } = useDates()
  const [text, setText] = useState(() => dateInputText(value))
  // A value set from outside (a proposed date, a reset after saving) replaces what is shown.
  const [shown, setShown] = useState(value)
  if (value !== shown) {
    setShown(value)
    setText(dateInputText(value))
  }
  // Half-typed text is not wrong yet: its message waits until the user leaves the field or saves.
  const [typing, setTyping] = useState(false)

  const parsed = parseDateInput(text)
  const problem = parsed?.ok === false ? t(`dateInput.${parsed.reason}`, { text: text.trim() }) : undefined
  const description = [parsed?.ok && t('dateInput.chosen', { date: date(parsed.iso) }), t('dateInput.format'), hint]
    .filter(Boolean)
    .join(' ')

  return (
    <Field label={label} hint={description} error={problem && (!typing || error) ? problem : error}>
      {(control) => (
        <input
          {...control}
          ref={ref}
          name={name}
          type="text"
          autoComplete="off"
          value={text}
          onBlur={() => setTyping(false)}
          onChange={(event) => {
            const typed = event.target.value
            const read = parseDateInput(typed)
            const next = read?.ok ? read.iso : typed.trim()
            setTyping(true)
            setText(typed)
            setShown(next)
            onChange(next)
          }}
        />
      )}
    </Field>
  )
}
