import { useState } from 'react'
import type { KeyDescription } from '@shared/sync'
import { useText } from '@renderer/i18n'
import { useDates } from '@renderer/ui/dates'
import { ConfirmPanel } from '../ConfirmPanel'
import { useSignerName } from '../words'
import { useKeys } from './store'

const revokable = (key: KeyDescription) => key.status === 'trusted' || key.status === 'retired'
const revokeButtonId = (key: KeyDescription) => `sync-revoke-${key.keyId}`
const rowHeaderId = (key: KeyDescription) => `sync-key-${key.keyId}`

/** Every key this instance knows, with its fingerprint and status; a trusted one can be revoked. */
export function KeyList({ keys }: { keys: KeyDescription[] }) {
  const t = useText()
  const dates = useDates()
  const signerName = useSignerName()
  const { busy, revoke } = useKeys()
  const [revoking, setRevoking] = useState<KeyDescription | null>(null)
  const close = () => {
    if (revoking) document.getElementById(revokeButtonId(revoking))?.focus()
    setRevoking(null)
  }
  // The revoked key's button is gone with the question: its row keeps the place, so the next Tab
  // reaches the next key rather than the top of the page.
  const revoked = (key: KeyDescription) => {
    setRevoking(null)
    document.getElementById(rowHeaderId(key))?.focus()
  }

  return (
    <section className="import-step" aria-labelledby="sync-key-list-title">
      <h2 id="sync-key-list-title">{t('syncScreen.keys.listTitle')}</h2>
      <table className="records-table sync-table">
        <thead>
          <tr>
            <th scope="col">{t('syncScreen.keys.name')}</th>
            <th scope="col">{t('syncScreen.keys.role')}</th>
            <th scope="col">{t('syncScreen.keys.fingerprint')}</th>
            <th scope="col">{t('syncScreen.keys.status')}</th>
            <th scope="col">{t('syncScreen.keys.enrolledAt')}</th>
            <th scope="col">{t('syncScreen.keys.action')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.keyId}>
              <th scope="row" id={rowHeaderId(key)} tabIndex={-1}>
                {signerName(key.name, key.provinceCode)}
              </th>
              <td>{t(`role.${key.role}`)}</td>
              <td className="sync-fingerprint" translate="no">
                {key.fingerprint}
              </td>
              <td>
                <span className={`sync-badge sync-badge--${key.status}`}>
                  {t(`syncScreen.keys.statuses.${key.status}`)}
                </span>
                {key.revokedAt && <p className="muted">{dates.date(key.revokedAt)}</p>}
              </td>
              <td className="sync-nowrap">{dates.date(key.enrolledAt)}</td>
              <td>
                {revokable(key) && (
                  <button
                    id={revokeButtonId(key)}
                    type="button"
                    className="button sync-small-button"
                    aria-expanded={revoking?.keyId === key.keyId}
                    onClick={() => setRevoking(key)}
                  >
                    {t('syncScreen.keys.revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {revoking && (
        <ConfirmPanel
          key={revoking.keyId}
          title={t('syncScreen.keys.revokeTitle', { name: revoking.name })}
          explain={t('syncScreen.keys.revokeExplain')}
          confirmLabel={t('syncScreen.keys.revokeConfirm')}
          busy={busy === 'revoking'}
          onConfirm={() => void revoke(revoking.keyId).then(() => revoked(revoking))}
          onCancel={close}
        />
      )}
    </section>
  )
}
