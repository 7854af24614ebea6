import { useEffect } from 'react'
import { useText, type Translate } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { EnrolKey } from './EnrolKey'
import { KeyList } from './KeyList'
import { OwnKey } from './OwnKey'
import { useKeys, type KeyNotice } from './store'

function noticeText(t: Translate, notice: KeyNotice): string {
  switch (notice.kind) {
    case 'saved':
      return t('syncScreen.keys.saved', { file: notice.file })
    case 'rotated':
      return t('syncScreen.keys.rotated', { file: notice.file, sequence: notice.sequence })
    case 'enrolled':
      return t('syncScreen.keys.enrolled', { name: notice.name })
    case 'revoked':
      return t('syncScreen.keys.revoked', { name: notice.name })
  }
}

/** Kunci tepercaya: this instance's key, enrolling another's by its fingerprint, and the list. */
export function KeysView() {
  const t = useText()
  const { overview, notice, error, load } = useKeys()
  useEffect(() => void load(), [load])
  return (
    <>
      <ErrorAlert error={error} />
      <div role="status">{notice && <p className="sync-result sync-result--accepted">{noticeText(t, notice)}</p>}</div>
      {overview && <OwnKey own={overview.own} />}
      <EnrolKey />
      {overview && <KeyList keys={overview.keys} />}
    </>
  )
}
