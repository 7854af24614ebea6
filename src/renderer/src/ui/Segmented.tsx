import './Segmented.css'
import { useId, type ReactNode } from 'react'

/**
 * One choice of a few, shown side by side: a group named by its visible label, of toggle buttons
 * whose chosen one is pressed, so a screen reader says which is on and each is a Tab stop.
 */
export function Segmented<Option extends string>({
  label,
  options,
  chosen,
  onChoose,
  optionLabel,
  optionLang,
}: {
  label: string
  options: readonly Option[]
  chosen: Option
  onChoose(option: Option): void
  optionLabel(option: Option): ReactNode
  /** The language an option is named in, where it is not the page's. */
  optionLang?: (option: Option) => string
}) {
  const labelId = useId()
  return (
    <>
      <span id={labelId} className="segmented__label">
        {label}
      </span>
      <div role="group" aria-labelledby={labelId} className="segmented">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            lang={optionLang?.(option)}
            aria-pressed={option === chosen}
            onClick={() => onChoose(option)}
          >
            {optionLabel(option)}
          </button>
        ))}
      </div>
    </>
  )
}
