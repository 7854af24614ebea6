import { useRef } from 'react'
import { Lookup, type LookupOption } from '@renderer/ui/Lookup'
import './PeoplePicker.css'

interface Props {
  label: string
  name: string
  hint: string
  chosen: LookupOption[]
  onChange(chosen: LookupOption[]): void
  find(query: string): Promise<LookupOption[]>
  /** The button's text, and its accessible name for one person. */
  removeText: string
  removeLabel(name: string): string
  error?: string
  /** What is typed and not yet chosen (see Lookup). */
  onText?(text: string): void
}

/** Several people of the directory, found one at a time; each chosen one listed with a way to take them off. */
export function PeoplePicker(props: Props) {
  const { label, name, hint, chosen, onChange, find, removeText, removeLabel, error, onText } = props
  const box = useRef<HTMLDivElement>(null)
  // The button taken away with its person, focus goes back to the field: the keyboard keeps its place.
  const remove = (id: string) => {
    onChange(chosen.filter((c) => c.id !== id))
    box.current?.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus()
  }
  return (
    <div className="people-picker" ref={box}>
      <Lookup
        label={label}
        name={name}
        hint={hint}
        chosen={null}
        clearOnChoose
        error={error}
        onText={onText}
        find={async (query) => (await find(query)).filter((option) => !chosen.some((c) => c.id === option.id))}
        onChoose={(option) => option && onChange([...chosen, option])}
      />
      {chosen.length > 0 && (
        <ul className="people-picker__chosen" aria-label={label}>
          {chosen.map((person) => (
            <li key={person.id}>
              {person.label}
              {person.detail && <span className="hint">{` · ${person.detail}`}</span>}
              <button
                type="button"
                className="button button--small"
                aria-label={removeLabel(person.label)}
                onClick={() => remove(person.id)}
              >
                {removeText}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
