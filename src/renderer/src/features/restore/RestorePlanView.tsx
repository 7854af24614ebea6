import { useEffect, useRef, useState } from 'react'
import { formatDateTime, formatNumber } from '@shared/format'
import type { RecordCounts, RestorePlan } from '@shared/restore'
import { useText } from '@renderer/i18n'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { Details } from '@renderer/ui/Details'
import { TextField } from '@renderer/ui/TextField'
import { useLanguage } from '../language/store'
import { useRestore } from './store'

/** What a restore would bring back and what it would replace, with the one button that does it. */
export function RestorePlanView({ plan }: { plan: RestorePlan }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const { running, run, cancel } = useRestore()
  const [asking, setAsking] = useState(false)
  // Used for this restore only, never kept; cleared with the plan.
  const [passphrase, setPassphrase] = useState('')
  const heading = useRef<HTMLHeadingElement>(null)
  // The plan appears below the button that asked for it (in Pengaturan, in its place): keyboard and
  // screen-reader users are taken to it instead of being left on a button that is gone.
  useEffect(() => heading.current?.focus(), [plan])
  const { backup, current } = plan
  const counts = (of: RecordCounts) =>
    t(
      'restoreUi.plan.counts',
      Object.fromEntries(Object.entries(of).map(([what, n]) => [what, formatNumber(n, language)])),
    )

  return (
    <div className="restore__plan" aria-labelledby="restore-plan-title" role="group">
      <h3 id="restore-plan-title" ref={heading} tabIndex={-1}>
        {t('restoreUi.plan.title')}
      </h3>
      <Details
        rows={[
          [
            t('restoreUi.plan.backup'),
            t('restoreUi.plan.backupValue', {
              file: backup.file,
              when: formatDateTime(backup.madeAt, backup.timeZone, language),
              version: backup.appVersion,
            }),
          ],
          [t('restoreUi.plan.hub'), backup.hubName],
          [t('restoreUi.plan.contains'), counts(backup.counts)],
          [
            t('restoreUi.plan.replaces'),
            current
              ? t('restoreUi.plan.replacesValue', { counts: counts(current.counts) })
              : t('restoreUi.plan.replacesNothing'),
          ],
        ]}
      />
      {plan.safetyFolder && <p>{t('restoreUi.plan.safety', { folder: plan.safetyFolder })}</p>}
      {current && <p className="hint">{t('restoreUi.plan.later')}</p>}
      <p className="hint">{t('restoreUi.plan.newInstance')}</p>
      {backup.withKey && (
        <TextField
          label={t('restoreUi.plan.passphrase')}
          hint={t('restoreUi.plan.passphraseHint')}
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
      )}
      <p className="restore__actions">
        <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
          {t('restoreUi.plan.confirm')}
        </button>
        <button type="button" className="button" onClick={cancel}>
          {t('restoreUi.plan.cancel')}
        </button>
      </p>
      {asking && (
        <ConfirmDialog
          title={t('restoreUi.plan.confirmTitle')}
          confirmLabel={t('restoreUi.plan.confirm')}
          cancelLabel={t('restoreUi.plan.cancel')}
          busy={running}
          onCancel={() => setAsking(false)}
          onConfirm={() => void run(passphrase).then(() => setAsking(false))}
        >
          <p>{t('restoreUi.plan.confirmBody', { file: backup.file })}</p>
          {running && <p role="status">{t('restoreUi.running')}</p>}
        </ConfirmDialog>
      )}
    </div>
  )
}
