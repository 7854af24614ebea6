import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useText } from '@renderer/i18n'
import { Details } from '@renderer/ui/Details'
import { TextField } from '@renderer/ui/TextField'
import { countedText } from '@renderer/i18n/counted'
import { useProvinceName } from '../words'
import { differingGroups, digitsOf } from './fingerprint-groups'
import { useKeys } from './store'

/**
 * Daftarkan kunci: choose the other side's key file, see whose it is, type the fingerprint they
 * read out. Main compares it and enrols nothing when it differs; the groups that differ are named
 * so both sides know what to read again. The file's own fingerprint is never shown here: whoever
 * could copy it from the screen would have no reason to call.
 */
export function EnrolKey() {
  const t = useText()
  const provinceName = useProvinceName()
  const { choice, enrolError, busy, chooseKeyFile, enrol } = useKeys()
  const [typed, setTyped] = useState('')
  /** Digits typed when a whole fingerprint was wanted: said here, before asking main. */
  const [short, setShort] = useState<number | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const chooseButton = useRef<HTMLButtonElement>(null)
  const hadChoice = useRef(false)

  // A key file just read: what comes next is typing the fingerprint. Once it is enrolled the form
  // goes, and focus goes back to choosing the next key file rather than to the top of the page.
  useEffect(() => {
    if (choice) input.current?.focus()
    else if (hadChoice.current) chooseButton.current?.focus()
    hadChoice.current = choice !== null
  }, [choice])
  const choose = () => {
    setTyped('')
    setShort(null)
    void chooseKeyFile()
  }

  const expected = choice ? digitsOf(choice.key.fingerprint).length : 0
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const count = digitsOf(typed).length
    setShort(count === expected ? null : count)
    if (count === expected) void enrol(typed)
  }
  const groups = choice && enrolError ? differingGroups(typed, choice.key.fingerprint) : null
  const error =
    short !== null
      ? countedText(t, 'syncScreen.keys.fingerprintLength_other', short, { expected })
      : enrolError
        ? [enrolError, groups?.length ? t('syncScreen.keys.groupsDiffer', { groups: groups.join(', ') }) : null]
            .filter(Boolean)
            .join(' ')
        : undefined
  const province = choice ? provinceName(choice.key.provinceCode) : null

  return (
    <section className="import-step" aria-labelledby="sync-enrol-title">
      <h2 id="sync-enrol-title">{t('syncScreen.keys.enrolTitle')}</h2>
      <p>{t('syncScreen.keys.enrolIntro')}</p>
      <ol className="sync-steps">
        <li>{t('syncScreen.keys.enrolSteps.file')}</li>
        <li>{t('syncScreen.keys.enrolSteps.choose')}</li>
        <li>{t('syncScreen.keys.enrolSteps.call')}</li>
      </ol>
      <div className="import-actions">
        <button ref={chooseButton} type="button" className="button" aria-busy={busy === 'choosing'} onClick={choose}>
          {t('syncScreen.keys.choose')}
        </button>
      </div>
      {choice && (
        <div className="sync-chosen-key">
          <h3>{t('syncScreen.keys.chosenTitle')}</h3>
          <Details
            rows={[
              [t('syncScreen.keys.name'), choice.key.name],
              [t('syncScreen.keys.role'), t(`role.${choice.key.role}`)],
              province !== null && [t('syncScreen.keys.province'), province],
              [t('syncScreen.keys.keyId'), <code key="id">{choice.key.keyId}</code>],
            ]}
          />
          {choice.known ? (
            <p className="notice">{t(`syncScreen.keys.known.${choice.known}`)}</p>
          ) : (
            <form onSubmit={submit} noValidate>
              <TextField
                ref={input}
                label={t('syncScreen.keys.fingerprintLabel')}
                hint={t('syncScreen.keys.fingerprintHint')}
                error={error}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                translate="no"
              />
              <button type="submit" className="button button--primary" aria-busy={busy === 'enrolling'}>
                {t('syncScreen.keys.enrol')}
              </button>
            </form>
          )}
        </div>
      )}
    </section>
  )
}
