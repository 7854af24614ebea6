import { useRef, useState } from 'react'
import type { KeyDescription } from '@shared/sync'
import { useText } from '@renderer/i18n'
import { Details } from '@renderer/ui/Details'
import { Fingerprint } from '@renderer/features/hub/Fingerprint'
import { ConfirmPanel } from '../ConfirmPanel'
import { useKeys } from './store'

/** This instance's key: its fingerprint to read aloud, its public key file, and replacing it. */
export function OwnKey({ own }: { own: KeyDescription }) {
  const t = useText()
  const { busy, saveKeyFile, rotate } = useKeys()
  const [confirming, setConfirming] = useState(false)
  const rotateButton = useRef<HTMLButtonElement>(null)
  const close = () => {
    setConfirming(false)
    rotateButton.current?.focus()
  }
  return (
    <section className="import-step" aria-labelledby="sync-own-key-title">
      <h2 id="sync-own-key-title">{t('syncScreen.keys.ownTitle')}</h2>
      <p>{t('syncScreen.keys.ownIntro')}</p>
      <Details
        rows={[
          [t('syncScreen.keys.name'), own.name],
          [t('syncScreen.keys.keyId'), <code key="id">{own.keyId}</code>],
        ]}
      />
      <Fingerprint value={own.fingerprint} role={own.role} name={own.name} />
      <div className="import-actions">
        <button type="button" className="button" aria-busy={busy === 'saving'} onClick={() => void saveKeyFile()}>
          {t('syncScreen.keys.saveFile')}
        </button>
        <button
          ref={rotateButton}
          type="button"
          className="button"
          aria-expanded={confirming}
          onClick={() => setConfirming(true)}
        >
          {t('syncScreen.keys.rotate')}
        </button>
      </div>
      {confirming && (
        <ConfirmPanel
          title={t('syncScreen.keys.rotateTitle')}
          explain={t('syncScreen.keys.rotateExplain')}
          confirmLabel={t('syncScreen.keys.rotateConfirm')}
          busy={busy === 'rotating'}
          onConfirm={() => void rotate().then(close)}
          onCancel={close}
        />
      )}
    </section>
  )
}
