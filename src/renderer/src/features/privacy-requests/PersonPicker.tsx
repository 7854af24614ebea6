import '@renderer/ui/Lookup.css'
import '@renderer/ui/visually-hidden.css'
import { useEffect, useId, useState, type KeyboardEvent } from 'react'
import { useText } from '@renderer/i18n'
import { Field } from '@renderer/ui/Field'
import type { LookupOption } from '@renderer/ui/Lookup'

/** As the app's other type-to-find fields wait. */
const TYPING_PAUSE_MS = 150

interface Props {
  label: string
  name: string
  hint: string
  /** What is typed: the form refuses a name typed but never chosen. */
  text: string
  onText(text: string): void
  chosen: LookupOption | null
  onChoose(person: LookupOption | null): void
  find(query: string): Promise<LookupOption[]>
  error?: string
}

/**
 * Whose data a request is about: type to find, arrows to move, Enter to choose, each match with its
 * OMS. Unlike the app's other type-to-find fields, nothing is highlighted while several people
 * match: a register of legal requests must never take one Gilang Anwar for another, so Enter then
 * asks for a choice instead of taking the first. With the list closed, Enter is the form's.
 */
export function PersonPicker({ label, name, hint, text, onText, chosen, onChoose, find, error }: Props) {
  const t = useText()
  const listId = useId()
  const chosenId = useId()
  const [matches, setMatches] = useState<LookupOption[] | null>(null)
  const [active, setActive] = useState(-1)
  const [ambiguous, setAmbiguous] = useState<string | null>(null)
  const query = chosen && text === chosen.label ? '' : text.trim()

  useEffect(() => {
    if (query === '') return
    const asked = { stale: false }
    // Asked once typing pauses; an answer to an older query is dropped.
    const timer = window.setTimeout(async () => {
      const found = await find(query)
      if (asked.stale) return
      setMatches(found)
      // One match is no choice to make; several wait for one.
      setActive(found.length === 1 ? 0 : -1)
    }, TYPING_PAUSE_MS)
    return () => {
      asked.stale = true
      window.clearTimeout(timer)
    }
  }, [query, find])

  const listed = query !== '' && matches !== null ? matches : null
  const choose = (person: LookupOption) => {
    onText(person.label)
    setMatches(null)
    setAmbiguous(null)
    onChoose(person)
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!listed) return
    const last = listed.length - 1
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault()
        if (last < 0) return
        const down = event.key === 'ArrowDown'
        setActive((index) =>
          index < 0 ? (down ? 0 : last) : down ? (index + 1) % listed.length : (index || listed.length) - 1,
        )
        setAmbiguous(null)
        return
      }
      case 'Enter': {
        const person = listed[active]
        if (person) {
          event.preventDefault()
          choose(person)
        } else if (listed.length > 1) {
          event.preventDefault()
          setAmbiguous(t('privacyRequests.form.personAmbiguous', { matches: listed.length, query }))
        }
        return
      }
      case 'Escape':
        event.preventDefault()
        setMatches(null)
        setAmbiguous(null)
        return
    }
  }

  const detail = chosen?.detail ? ` — ${chosen.detail}` : ''
  return (
    <Field label={label} hint={hint} error={ambiguous ?? error}>
      {(control) => (
        <div className="lookup">
          <input
            {...control}
            aria-describedby={[control['aria-describedby'], chosen && chosenId].filter(Boolean).join(' ') || undefined}
            name={name}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={listed !== null}
            aria-controls={listId}
            aria-activedescendant={listed && active >= 0 ? `${listId}-${active}` : undefined}
            value={text}
            onChange={(event) => {
              onText(event.target.value)
              setAmbiguous(null)
              if (chosen) onChoose(null)
              if (event.target.value.trim() === '') setMatches(null)
            }}
            onBlur={() => {
              // The question was about the list; with it closed, the form's own check speaks.
              setMatches(null)
              setAmbiguous(null)
            }}
            onKeyDown={keyDown}
          />
          <ul id={listId} role="listbox" aria-label={label} className="lookup__list" hidden={listed === null}>
            {listed?.length === 0 && (
              <li role="option" aria-selected={false} aria-disabled className="lookup__none">
                {t('lookup.none', { query })}
              </li>
            )}
            {listed?.map((person, index) => (
              <Match
                key={person.id}
                id={`${listId}-${index}`}
                person={person}
                active={index === active}
                onPick={() => choose(person)}
              />
            ))}
          </ul>
          {chosen && (
            <p id={chosenId} className="privacy-requests__chosen">
              {t('privacyRequests.form.personChosen', { name: chosen.label, detail })}
            </p>
          )}
          {/* Said as it happens: focus stays in the field, where the message is read again. */}
          <p role="status" className="visually-hidden">
            {ambiguous}
          </p>
        </div>
      )}
    </Field>
  )
}

/** One match: the name, and under it the OMS and its kabupaten/kota, read as "Gilang Anwar, Serikat Tani Gowa, …". */
function Match({ id, person, active, onPick }: { id: string; person: LookupOption; active: boolean; onPick(): void }) {
  return (
    // Chosen on press, before the field's blur closes the list.
    <li
      id={id}
      role="option"
      aria-selected={active}
      className="lookup__option"
      onMouseDown={(event) => (event.preventDefault(), onPick())}
    >
      <span className="privacy-requests__match-name">{person.label}</span>
      {person.detail && (
        <span className="muted privacy-requests__match-detail">
          <span className="visually-hidden">, </span>
          {person.detail}
        </span>
      )}
    </li>
  )
}
