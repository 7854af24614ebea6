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
}

/** Several people of the directory, found one at a time; each chosen one listed with a way to take them off. */
export function PeoplePicker({ label, name, hint, chosen, onChange, find, removeText, removeLabel, error }: Props) {
  return (
    <div className="people-picker">
      <Lookup
        label={label}
        name={name}
        hint={hint}
        chosen={null}
        clearOnChoose
        error={error}
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
                onClick={() => onChange(chosen.filter((c) => c.id !== person.id))}
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
