import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useText } from '../../../i18n'
import { Details } from '../../../ui/Details'
import { TextField } from '../../../ui/TextField'
import { useProvinceName } from '../words'
import { differingGroups } from './fingerprint-groups'
import { useKeys } from './store'

/**
 * Daftarkan kunci: choose the other side's key file, see whose it is, type the fingerprint they
 * read out. Main compares it and enrols nothing when it differs; the groups that differ are named
 * so both sides know what to read again.
 */
export function EnrolKey() {
  const t = useText()
  const provinceName = useProvinceName()
  const { choice, enrolError, busy, chooseKeyFile, enrol } = useKeys()
  const [typed, setTyped] = useState('')
  const input = useRef<HTMLInputElement>(null)

  // A key file just read: what comes next is typing the fingerprint.
  useEffect(() => {
    if (choice) input.current?.focus()
  }, [choice])
  const choose = () => {
    setTyped('')
    void chooseKeyFile()
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    void enrol(typed)
  }
  const groups = choice && enrolError ? differingGroups(typed, choice.key.fingerprint) : null
  const error = enrolError
    ? [enrolError, groups?.length ? t('syncScreen.keys.groupsDiffer', { groups: groups.join(', ') }) : null]
        .filter(Boolean)
        .join(' ')
    : undefined
  const province = choice ? provinceName(choice.key.provinceCode) : null

  return (
    <section className="import-step" aria-labelledby="sync-enrol-title">
      <h2 id="sync-enrol-title">{t('syncScreen.keys.enrolTitle')}</h2>
      <p>{t('syncScreen.keys.enrolIntro')}</p>
      <div className="import-actions">
        <button type="button" className="button" aria-busy={busy === 'choosing'} onClick={choose}>
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
              <p className="hint">{t('syncScreen.keys.fingerprintInFile', { fingerprint: choice.key.fingerprint })}</p>
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
