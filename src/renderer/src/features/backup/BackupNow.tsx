import { useId, useRef, useState } from 'react'
import { formatNumber } from '@shared/format'
import { useText } from '@renderer/i18n'
import { TextField } from '@renderer/ui/TextField'
import { useLanguage } from '../language/store'
import { formatSize } from './format'
import { useBackup } from './store'

/** "Cadangkan sekarang": optionally with the key under a passphrase typed now, with a moving bar. */
export function BackupNow({ minPassphrase }: { minPassphrase: number }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const { running, progress, done, backUp } = useBackup()
  const [withKey, setWithKey] = useState(false)
  const [passphrase, setPassphrase] = useState('')
  const [repeat, setRepeat] = useState('')
  const [problem, setProblem] = useState<'short' | 'mismatch' | null>(null)
  const passphraseField = useRef<HTMLInputElement>(null)
  const repeatField = useRef<HTMLInputElement>(null)
  const keyId = useId()
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null
  const percentText = percent === null ? '' : `${formatNumber(percent, language)}%`

  async function start() {
    if (running) return
    // Checked here first so the message sits at the field; main checks the length again.
    const found = !withKey
      ? null
      : passphrase.length < minPassphrase
        ? 'short'
        : passphrase !== repeat
          ? 'mismatch'
          : null
    setProblem(found)
    if (found) return (found === 'short' ? passphraseField : repeatField).current?.focus()
    // Forgotten as soon as it was used: the passphrase is never kept, here or in main.
    if (await backUp(withKey ? passphrase : undefined)) {
      setPassphrase('')
      setRepeat('')
    }
  }

  return (
    <div className="backup__now">
      <h3>{t('backupUi.now.title')}</h3>
      <div className="backup__check">
        <input
          id={keyId}
          type="checkbox"
          checked={withKey}
          aria-describedby={`${keyId}-hint`}
          onChange={(event) => setWithKey(event.target.checked)}
        />
        <label htmlFor={keyId}>{t('backupUi.now.withKey')}</label>
        <p id={`${keyId}-hint`} className="hint">
          {t('backupUi.now.withKeyHint')}
        </p>
      </div>
      {withKey && (
        <div className="backup__passphrase">
          <TextField
            ref={passphraseField}
            label={t('backupUi.now.passphrase')}
            hint={t('backupUi.now.passphraseHint', { min: minPassphrase })}
            error={problem === 'short' ? t('backup.passphraseShort', { min: minPassphrase }) : undefined}
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <TextField
            ref={repeatField}
            label={t('backupUi.now.repeat')}
            error={problem === 'mismatch' ? t('backupUi.now.mismatch') : undefined}
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(event) => setRepeat(event.target.value)}
          />
        </div>
      )}
      {/* aria-disabled, not disabled, while it runs: a disabled button drops keyboard focus. */}
      <button
        type="button"
        className="button button--primary"
        aria-disabled={running}
        aria-busy={running}
        onClick={() => void start()}
      >
        {t('backupUi.now.button')}
      </button>
      <div aria-live="polite" className="backup__status">
        {running && (
          <>
            <label htmlFor="backup-progress">
              {percent === null ? t('backupUi.now.starting') : t('backupUi.now.progress', { percent: percentText })}
            </label>
            <progress
              id="backup-progress"
              className="backup__progress"
              max={100}
              {...(percent !== null && { value: percent, 'aria-valuetext': percentText })}
            />
          </>
        )}
        {done && (
          <p className="notice">
            {t(done.withKey ? 'backupUi.now.doneWithKey' : 'backupUi.now.done', {
              file: done.file,
              size: formatSize(done.bytes, language),
            })}
          </p>
        )}
      </div>
    </div>
  )
}
