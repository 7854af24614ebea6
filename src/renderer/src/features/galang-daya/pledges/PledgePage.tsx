import { useEffect, useRef, useState } from 'react'
import type { Fulfilment } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { PageHeading } from '@renderer/features/members/records/PageHeading'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { FulfilmentForm } from './FulfilmentForm'
import { FulfilmentList } from './FulfilmentList'
import { PledgeActions } from './PledgeActions'
import { PledgeSummary } from './PledgeSummary'
import { usePledge } from './store'
import './pledges.css'

/** A pledge: what was promised, its derived status and schedule, what came in, and quick entry of more. */
export function PledgePage({ id }: { id: string }) {
  const t = useText()
  const { pledge, error, load } = usePledge()
  const [editing, setEditing] = useState<Fulfilment | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const savedRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    void load(id)
  }, [id, load])
  useEffect(() => {
    if (saved) savedRef.current?.focus()
  }, [saved])

  if (error) return <ErrorAlert error={error} />
  if (pledge?.id !== id) return null
  return (
    <div className="pledge-page">
      <PageHeading>{t('galangPledges.page.title', { supporter: pledge.supporterName })}</PageHeading>
      <PledgeSummary pledge={pledge} />
      <PledgeActions pledge={pledge} />
      <section className="pledge-section">
        <h2 id="pledge-fulfilments-title">{t('galangPledges.fulfilments.title')}</h2>
        {saved && (
          <p ref={savedRef} tabIndex={-1} role="status" className="notice">
            {t('galangPledges.fulfilments.saved', { receipt: saved })}
          </p>
        )}
        <FulfilmentList
          pledge={pledge}
          onEdit={(fulfilment) => {
            setSaved(null)
            setEditing(fulfilment)
          }}
        />
        {pledge.cancelledOn === null ? (
          <FulfilmentForm
            key={editing?.id ?? 'new'}
            pledge={pledge}
            editing={editing}
            onDone={(receipt) => {
              setEditing(null)
              setSaved(receipt)
            }}
          />
        ) : (
          <p className="hint">{t('galangPledges.fulfilments.closed')}</p>
        )}
      </section>
    </div>
  )
}
