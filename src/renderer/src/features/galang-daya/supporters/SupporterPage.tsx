import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDay } from '@shared/format'
import { formatPhone } from '@shared/phone'
import type { SupporterDetail } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { go } from '@renderer/ui/form-helpers'
import { PageHeading } from '@renderer/features/members/records/PageHeading'
import { membersHref } from '@renderer/features/members/routes'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { SupporterPledges } from '../pledges/SupporterPledges'
import { galangDayaHref } from '../routes'
import { useSupporters } from './store'
import { SupporterTotals } from './SupporterTotals'
import './supporters.css'

/** A supporter: who they are, their consent, what they pledged and gave, and their pledges. */
export function SupporterPage({ id }: { id: string }) {
  const t = useText()
  const { supporter, error, load, reset } = useSupporters()
  useEffect(() => {
    reset()
    void load(id)
  }, [id, load, reset])
  const back = (
    <p>
      <a href={galangDayaHref({ view: 'supporters' })}>
        <span aria-hidden="true">← </span>
        {t('supporters.page.back')}
      </a>
    </p>
  )
  if (supporter?.id !== id)
    return (
      <>
        {back}
        <ErrorAlert error={error} />
      </>
    )
  return (
    <>
      {back}
      <PageHeading>{supporter.name}</PageHeading>
      <div className="stack">
        <ErrorAlert error={error} />
        <div className="supporters-actions">
          <a className="button" href={galangDayaHref({ view: 'editSupporter', id })}>
            {t('supporters.page.edit')}
          </a>
          <DeleteSupporter supporter={supporter} />
        </div>
        <Facts supporter={supporter} />
        <SupporterTotals supporter={supporter} />
        <SupporterPledges supporterId={id} />
      </div>
    </>
  )
}

function Facts({ supporter }: { supporter: SupporterDetail }) {
  const t = useText()
  const language = useTranslation().i18n.language === 'en' ? 'en' : 'id'
  const none = t('supporters.page.none')
  const facts: [string, ReactNode][] = [
    [t('supporters.field.kind'), t(`supporters.kind.${supporter.kind}`)],
    ...(supporter.organisationId
      ? [
          [
            t('supporters.field.organisation'),
            <a key="oms" href={membersHref({ view: 'organisation', id: supporter.organisationId })}>
              {supporter.organisationName}
            </a>,
          ] as [string, ReactNode],
        ]
      : []),
    [t('supporters.field.regency'), supporter.regencyName ?? none],
    [t('supporters.field.contactPerson'), supporter.contactPerson ?? none],
    [t('supporters.field.phone'), supporter.phone ? formatPhone(supporter.phone) : none],
    [t('supporters.field.email'), supporter.email ?? none],
    [t('supporters.field.address'), supporter.address ?? none],
    [
      t('supporters.field.consentTitle'),
      supporter.consent && supporter.consentOn
        ? t('supporters.page.consentGiven', { date: formatDay(supporter.consentOn, language) })
        : t('supporters.page.consentMissing'),
    ],
    [t('supporters.field.notes'), supporter.notes ?? none],
  ]
  return (
    <section aria-labelledby="supporter-facts">
      <h2 id="supporter-facts">{t('supporters.page.facts')}</h2>
      <dl className="supporters-facts">
        {facts.map(([term, value]) => (
          <div key={term} className="supporters-fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

/** Asked once more; main refuses while pledges name the supporter, and the page then says why. */
function DeleteSupporter({ supporter }: { supporter: SupporterDetail }) {
  const t = useText()
  const { busy, remove } = useSupporters()
  const [asking, setAsking] = useState(false)
  async function confirm() {
    if (busy) return
    if (await remove(supporter.id)) return go(galangDayaHref({ view: 'supporters' }))
    setAsking(false)
  }
  return (
    <>
      <button type="button" className="button button--danger-outline" onClick={() => setAsking(true)}>
        {t('supporters.page.delete')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('supporters.page.deleteTitle', { name: supporter.name })}
          confirmLabel={t('supporters.page.deleteConfirm')}
          cancelLabel={t('supporters.form.cancel')}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
        >
          <p>{t('supporters.page.deleteExplain')}</p>
        </ConfirmDialog>
      )}
    </>
  )
}
