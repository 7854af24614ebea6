import { DateField } from './DateField'
import './ConsentFields.css'

export interface ConsentValues {
  consent: boolean
  /** YYYY-MM-DD, or '' for none. */
  consentOn: string
}

interface Props extends ConsentValues {
  texts: { legend: string; hint: string; consent: string; consentOn: string }
  /** The hub's calendar date: consent is usually recorded the day it is given. */
  today: string
  error?: string
  onChange(patch: Partial<ConsentValues>): void
}

/** Consent to keep someone's contact data, and since when: asked alike of people and supporters. */
export function ConsentFields({ consent, consentOn, texts, today, error, onChange }: Props) {
  return (
    <fieldset>
      <legend>{texts.legend}</legend>
      <p className="hint">{texts.hint}</p>
      <label className="consent-check">
        <input
          type="checkbox"
          name="consent"
          checked={consent}
          onChange={(event) => {
            const given = event.target.checked
            // The date proposed stays editable.
            onChange(given && consentOn === '' ? { consent: given, consentOn: today } : { consent: given })
          }}
        />
        {texts.consent}
      </label>
      {consent && (
        <DateField
          label={texts.consentOn}
          name="consentOn"
          value={consentOn}
          onChange={(value) => onChange({ consentOn: value })}
          error={error}
        />
      )}
    </fieldset>
  )
}
