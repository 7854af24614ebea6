import { useEffect, useId, useState } from 'react'
import { useText } from '@renderer/i18n'
import { Field } from '@renderer/ui/Field'
import './Lookup.css'

/** One entry of a type-to-find list. */
export interface LookupOption {
  id: string
  label: string
  detail?: string
}

interface Props {
  label: string
  name: string
  chosen: LookupOption | null
  onChoose(option: LookupOption | null): void
  find(query: string): Promise<LookupOption[]>
  error?: string
  /** Replaces the general how-to under the field. */
  hint?: string
  /** Empties the field after each choice, ready for the next: a list of several (people to register). */
  clearOnChoose?: boolean
  /** What is typed and not chosen, for a form that refuses a name typed but never picked. */
  onText?(text: string): void
}

/**
 * Type to find, arrows to move, Enter to choose (an ARIA combobox). With the list closed, Enter is
 * the form's: it saves, as in every other field of a quick-entry form.
 */
export function Lookup({ label, name, chosen, onChoose, find, error, hint, clearOnChoose = false, onText }: Props) {
  const t = useText()
  const listId = useId()
  const [text, setText] = useState(chosen?.label ?? '')
  const [options, setOptions] = useState<LookupOption[] | null>(null)
  const [active, setActive] = useState(0)
  // A choice made elsewhere (prefilled, kept for the next pledge, cleared) replaces the text.
  const [shown, setShown] = useState(chosen)
  if (chosen !== shown) {
    setShown(chosen)
    if (chosen) setText(chosen.label)
  }
  const query = chosen && text === chosen.label ? '' : text.trim()

  useEffect(() => {
    if (query === '') return
    let current = true
    const timer = window.setTimeout(() => {
      void find(query).then((found) => {
        if (!current) return
        setOptions(found)
        setActive(0)
      })
    }, 150)
    return () => {
      current = false
      window.clearTimeout(timer)
    }
  }, [query, find])

  const open = query !== '' && options !== null
  // A list opening near the bottom of the window is brought into view, not left below its edge.
  useEffect(() => {
    if (open) document.getElementById(listId)?.scrollIntoView?.({ block: 'nearest' })
  }, [open, listId])
  const choose = (option: LookupOption) => {
    setText(clearOnChoose ? '' : option.label)
    if (clearOnChoose) onText?.('')
    setOptions(null)
    onChoose(option)
  }

  return (
    <Field label={label} hint={hint ?? t('lookup.hint')} error={error}>
      {(control) => (
        <div className="lookup">
          <input
            {...control}
            name={name}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={open && options.length > 0 ? `${listId}-${active}` : undefined}
            value={text}
            onChange={(event) => {
              setText(event.target.value)
              onText?.(event.target.value)
              if (chosen) onChoose(null)
              if (event.target.value.trim() === '') setOptions(null)
            }}
            onBlur={() => setOptions(null)}
            onKeyDown={(event) => {
              if (!open) return
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault()
                const step = event.key === 'ArrowDown' ? 1 : -1
                setActive((index) => (index + step + options.length) % Math.max(options.length, 1))
              } else if (event.key === 'Enter') {
                event.preventDefault()
                const option = options[active]
                if (option) choose(option)
              } else if (event.key === 'Escape') {
                event.preventDefault()
                setOptions(null)
              }
            }}
          />
          <ul id={listId} role="listbox" aria-label={label} className="lookup__list" hidden={!open}>
            {open && options.length === 0 && (
              <li role="option" aria-selected={false} aria-disabled className="lookup__none">
                {t('lookup.none', { query })}
              </li>
            )}
            {open &&
              options.map((option, index) => (
                <li
                  key={option.id}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className="lookup__option"
                  onMouseDown={(event) => {
                    event.preventDefault()
                    choose(option)
                  }}
                >
                  {option.label}
                  {option.detail && <span className="muted"> — {option.detail}</span>}
                </li>
              ))}
          </ul>
        </div>
      )}
    </Field>
  )
}
