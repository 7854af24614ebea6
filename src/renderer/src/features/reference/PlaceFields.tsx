import { useEffect, useState } from 'react'
import { useText } from '@renderer/i18n'
import { Field } from '@renderer/ui/Field'
import { SelectField } from '@renderer/ui/SelectField'
import { TextField } from '@renderer/ui/TextField'
import './catalog'
import { useHubRegencies, useReference } from './store'

export interface Place {
  regencyCode: string
  districtCode: string
  districtName: string
  villageCode: string
  villageName: string
}

/** The select's value that switches to typing a name the reference list lacks. */
const TYPED = '__typed__'

interface Level {
  name: 'district' | 'village'
  options: { code: string; name: string }[]
  code: string
  typedName: string
  onCode(code: string): void
  onTypedName(name: string): void
  error: string | undefined
  typedError: string | undefined
  /** False when the level above has no code to list from: only typing is possible. */
  listed: boolean
  /** Whether a place the reference list lacks may be typed by name. */
  typedNames: boolean
}

/** A select from the reference list, with "not in the list → type it" for places it lacks if allowed. */
function PlaceLevel(level: Level) {
  const t = useText()
  const [typing, setTyping] = useState(level.code === '' && level.typedName !== '')
  const typed = typing || !level.listed
  return (
    <>
      {level.listed && (
        <Field label={t(`place.${level.name}`)} error={level.error}>
          {(control) => (
            <select
              {...control}
              name={`${level.name}Code`}
              value={typed ? TYPED : level.code}
              onChange={(event) => {
                const value = event.target.value
                setTyping(value === TYPED)
                level.onCode(value === TYPED ? '' : value)
              }}
            >
              <option value="">{t('place.choose')}</option>
              {level.options.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
              {level.typedNames && <option value={TYPED}>{t('place.notListed')}</option>}
            </select>
          )}
        </Field>
      )}
      {typed && (
        <TextField
          label={t(`place.${level.name}Typed`)}
          name={`${level.name}Name`}
          value={level.typedName}
          onChange={(event) => level.onTypedName(event.target.value)}
          error={level.typedError}
        />
      )}
    </>
  )
}

/**
 * Kabupaten/kota of the hub's province → kecamatan → desa, each level listed once the one above is
 * chosen. An OMS may name a place the reference list lacks (`typedNames`); other records take codes only.
 */
export function PlaceFields({
  draft,
  errors,
  onChange,
  typedNames = true,
}: {
  draft: Place
  errors: Record<string, string>
  onChange(patch: Partial<Place>): void
  typedNames?: boolean
}) {
  const t = useText()
  const regencies = useHubRegencies()
  const { districts, villages, loadDistricts, loadVillages } = useReference()
  const { regencyCode, districtCode } = draft
  useEffect(() => {
    if (regencyCode) void loadDistricts(regencyCode)
  }, [regencyCode, loadDistricts])
  useEffect(() => {
    if (districtCode) void loadVillages(districtCode)
  }, [districtCode, loadVillages])
  const noVillage = { villageCode: '', villageName: '' }

  return (
    <fieldset>
      <legend>{t('place.legend')}</legend>
      <SelectField
        label={t('place.regency')}
        hint={t('place.regencyHint')}
        error={errors.regencyCode}
        name="regencyCode"
        value={regencyCode}
        placeholder={t('place.choose')}
        options={regencies.map((regency) => ({ value: regency.code, label: regency.name }))}
        onChange={(event) =>
          onChange({ regencyCode: event.target.value, districtCode: '', districtName: '', ...noVillage })
        }
      />
      {regencyCode && (
        <div className="field-row">
          <div>
            <PlaceLevel
              key={regencyCode}
              name="district"
              listed
              typedNames={typedNames}
              options={districts[regencyCode] ?? []}
              code={districtCode}
              typedName={draft.districtName}
              onCode={(code) => onChange({ districtCode: code, districtName: '', ...noVillage })}
              onTypedName={(name) => onChange({ districtName: name })}
              error={errors.districtCode}
              typedError={errors.districtName}
            />
          </div>
          {(districtCode !== '' || draft.districtName !== '') && (
            <div>
              <PlaceLevel
                key={districtCode || 'typed'}
                name="village"
                listed={districtCode !== ''}
                typedNames={typedNames}
                options={villages[districtCode] ?? []}
                code={draft.villageCode}
                typedName={draft.villageName}
                onCode={(code) => onChange({ villageCode: code, villageName: '' })}
                onTypedName={(name) => onChange({ villageName: name })}
                error={errors.villageCode}
                typedError={errors.villageName}
              />
            </div>
          )}
        </div>
      )}
    </fieldset>
  )
}
