import { useState } from 'react'
import { useText } from '@renderer/i18n'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { go } from '@renderer/ui/form-helpers'
import { initiativesHref } from '../routes'
import { useNews } from '@renderer/ui/news'
import { useInitiativePage } from './store'

/** "Hapus inisiatif", asked once more; done, it leaves for the list. Main refuses while pledges remain. */
export function DeleteInitiative({ title }: { title: string }) {
  const t = useText()
  const { busy, remove } = useInitiativePage()
  const [asking, setAsking] = useState(false)
  const { say, shown } = useNews()

  async function confirm() {
    if (busy) return
    const refused = await remove()
    if (!refused) return go(initiativesHref({ view: 'list' }))
    setAsking(false)
    say({ refusal: refused })
  }

  return (
    <>
      <button
        type="button"
        className="button button--danger-outline"
        onClick={() => {
          say(null)
          setAsking(true)
        }}
      >
        {t('initiativePage.delete.action')}
      </button>
      {shown}
      {asking && (
        <ConfirmDialog
          title={t('initiativePage.delete.title', { title })}
          confirmLabel={t('initiativePage.delete.confirm')}
          cancelLabel={t('initiativePage.cancel')}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
        >
          <p>{t('initiativePage.delete.body')}</p>
        </ConfirmDialog>
      )}
    </>
  )
}
