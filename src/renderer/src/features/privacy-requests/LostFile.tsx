import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react'
import type { ErrorPayload, Result } from '@shared/errors'
import type { BreachNotice, BreachNoticeInput, CarriedPerson } from '@shared/privacy'
import type { HistoryEntry } from '@shared/sync'
import { useText, type MessageKey } from '@renderer/i18n'
import { countedText } from '@renderer/i18n/counted'
import { Announcement } from '@renderer/ui/Announcement'
import { SelectField } from '@renderer/ui/SelectField'
import { useDates } from '@renderer/ui/dates'
import { useHub } from '../hub/store'
import { useLanguage } from '../language/store'
import { MissingContact } from '../privacy-records'
import { chooseCarried, draftBreachNotice, sentBundles } from './store'

/**
 * Privasi → Berkas hilang (UU PDP Pasal 46): a sync bundle or backup with people's data is lost.
 * From a copy of the file, or one of the bundles this hub sent, it lists whose data went and
 * whether what identifies them went too (those first: they are whom to notify), and drafts the
 * written notice to copy into a letter, always in Bahasa Indonesia.
 */
export function LostFileSection() {
  const t = useText()
  const { dateTime } = useDates()
  const chooseHintId = useId()
  const [bundles, setBundles] = useState<HistoryEntry[] | null>(null)
  const [bundleId, setBundleId] = useState('')
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<ErrorPayload | null>(null)
  const [lost, setLost] = useState<BreachNotice | null>(null)
  const resultRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    void sentBundles().then((result) => {
      if (result.ok) setBundles(result.value)
      else setRefusal(result.error)
    })
  }, [])

  useEffect(() => {
    // What the file held is read next: the control that asked keeps nothing more to say.
    if (lost) resultRef.current?.focus()
  }, [lost])

  /** Whose data a lost file carried, and the notice: from a copy at hand, or a bundle this hub sent. */
  async function draft(choose: () => Promise<Result<BreachNoticeInput | null>>) {
    if (busy) return
    setBusy(true)
    setRefusal(null)
    const chosen = await choose()
    // A cancelled dialog leaves what was shown as it was.
    const result = chosen.ok ? chosen.value && (await draftBreachNotice(chosen.value)) : chosen
    setBusy(false)
    if (result && !result.ok) setRefusal(result.error)
    else if (result) setLost(result.value)
  }

  const chooseFile = () =>
    draft(async () => {
      const chosen = await chooseCarried()
      return chosen.ok ? { ok: true, value: chosen.value && { path: chosen.value.path } } : chosen
    })
  const showBundle = () => draft(async () => ({ ok: true, value: bundleId ? { bundleId: Number(bundleId) } : null }))

  const bundleLabel = (entry: HistoryEntry) => {
    const when = dateTime(entry.createdAt ?? entry.recordedAt)
    return entry.kind === 'rebuild'
      ? t('privacyRequests.lost.bundleOptionRebuild', { party: entry.party ?? '?', when })
      : t('privacyRequests.lost.bundleOption', { sequence: entry.sequence ?? '?', when })
  }

  return (
    <section aria-labelledby="lost-file-title" className="card privacy-lost">
      <h2 id="lost-file-title" tabIndex={-1}>
        {t('privacyRequests.lost.title')}
      </h2>
      <p className="hint">{t('privacyRequests.lost.lead')}</p>
      <p id={chooseHintId} className="hint">
        {t('privacyRequests.lost.chooseHint')}
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          aria-describedby={chooseHintId}
          aria-busy={busy}
          onClick={() => void chooseFile()}
        >
          {t('privacyRequests.lost.choose')}
        </button>
      </div>
      {bundles?.length === 0 && <p>{t('privacyRequests.lost.noBundles')}</p>}
      {bundles && bundles.length > 0 && (
        <form
          className="privacy-lost__bundle"
          onSubmit={(event) => {
            event.preventDefault()
            void showBundle()
          }}
        >
          <SelectField
            label={t('privacyRequests.lost.bundle')}
            placeholder={t('privacyRequests.lost.bundlePlaceholder')}
            value={bundleId}
            onChange={(event) => setBundleId(event.target.value)}
            options={bundles.map((entry) => ({ value: String(entry.id), label: bundleLabel(entry) }))}
          />
          <button type="submit" className="button" aria-busy={busy} disabled={!bundleId}>
            {t('privacyRequests.lost.show')}
          </button>
        </form>
      )}
      {busy && <p role="status">{t('privacyRequests.lost.loading')}</p>}
      <Announcement refusal={refusal} />
      {lost && <LostPeople key={lost.notice} lost={lost} headingRef={resultRef} />}
    </section>
  )
}

/** Those whose identity went first, each group in the file's order: they are whom to notify. */
const identifiedFirst = (people: CarriedPerson[]): CarriedPerson[] => [
  ...people.filter((person) => person.identifying),
  ...people.filter((person) => !person.identifying),
]

function LostPeople({ lost, headingRef }: { lost: BreachNotice; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const t = useText()
  const { dateTime } = useDates()
  const language = useLanguage((state) => state.language)
  const hub = useHub((state) => (state.status?.setUp ? state.status.identity : null))
  const noticeId = useId()
  const noticeHintId = useId()
  const noticeLanguageId = useId()
  const noticeRef = useRef<HTMLTextAreaElement>(null)
  const [copied, setCopied] = useState<'copied' | 'selected' | null>(null)
  const [onlyIdentified, setOnlyIdentified] = useState(false)
  const sorted = useMemo(() => identifiedFirst(lost.people), [lost.people])
  const identified = sorted.filter((person) => person.identifying).length
  const shown = onlyIdentified ? sorted.slice(0, identified) : sorted

  async function copy() {
    try {
      await navigator.clipboard.writeText(lost.notice)
      setCopied('copied')
    } catch {
      // Where the clipboard is refused, the draft is selected instead: one Ctrl+C copies it.
      noticeRef.current?.focus()
      noticeRef.current?.select()
      setCopied('selected')
    }
  }

  const name = (person: CarriedPerson) =>
    person.name === null
      ? t('privacyRequests.lost.unknown')
      : person.name === ''
        ? t('privacyRequests.lost.erased')
        : person.name
  const identifying = (person: CarriedPerson) =>
    !person.identifying
      ? t('privacyRequests.lost.identifyingNo')
      : lost.source === 'history'
        ? t('privacyRequests.lost.identifyingName')
        : t('privacyRequests.lost.identifyingYes', {
            fields: person.fields.map((field) => t(`privacyRequests.lost.field.${field}` as MessageKey)).join(', '),
          })
  // On the English screen, a note beside the draft says why it is in Indonesian.
  const describedBy = [noticeHintId, language === 'en' && noticeLanguageId].filter(Boolean).join(' ')

  return (
    <div className="privacy-lost__result">
      <h3 ref={headingRef} tabIndex={-1}>
        {lost.file ? t('privacyRequests.lost.people', { file: lost.file }) : t('privacyRequests.lost.peopleOf')}
      </h3>
      <p>
        {lost.madeAt && <>{t('privacyRequests.lost.madeAt', { when: dateTime(lost.madeAt) })} </>}
        {countedText(t, 'privacyRequests.lost.count_other', lost.people.length)}
      </p>
      {lost.people.length === 0 ? (
        <p>{t('privacyRequests.lost.nobody')}</p>
      ) : (
        <>
          <p className="privacy-lost__identified">
            {t('privacyRequests.lost.identified', { identified, count: lost.people.length })}
          </p>
          {identified > 0 && identified < lost.people.length && (
            <label className="privacy-lost__only">
              <input
                type="checkbox"
                checked={onlyIdentified}
                onChange={(event) => setOnlyIdentified(event.target.checked)}
              />
              {countedText(t, 'privacyRequests.lost.onlyIdentified_other', identified)}
            </label>
          )}
          {shown.length > 0 && (
            <table className="plain-table privacy-lost__people">
              <caption>
                {t(onlyIdentified ? 'privacyRequests.lost.captionIdentified' : 'privacyRequests.lost.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('privacyRequests.lost.name')}</th>
                  <th scope="col">{t('privacyRequests.lost.organisation')}</th>
                  <th scope="col">{t('privacyRequests.lost.identifying')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((person) => (
                  <tr key={person.personId}>
                    <td className={person.name ? undefined : 'privacy-lost__nameless'}>{name(person)}</td>
                    <td>{person.organisationName ?? t('privacyRequests.lost.unknownOrganisation')}</td>
                    <td>{identifying(person)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <p className="privacy-requests__law">{t('privacyRequests.lost.deadline')}</p>
      <MissingContact phone={hub?.contactPhone ?? null} email={hub?.contactEmail ?? null} document="notice" />
      <div className="field">
        <label htmlFor={noticeId}>{t('privacyRequests.lost.notice')}</label>
        <p id={noticeHintId} className="hint">
          {t('privacyRequests.lost.noticeHint')}
        </p>
        {language === 'en' && (
          <p id={noticeLanguageId} className="hint privacy-lost__notice-language">
            {t('privacyRequests.lost.noticeLanguage')}
          </p>
        )}
        <textarea
          ref={noticeRef}
          id={noticeId}
          lang="id"
          aria-describedby={describedBy}
          className="privacy-lost__notice"
          readOnly
          rows={16}
          value={lost.notice}
        />
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('privacyRequests.lost.copy')}
        </button>
      </div>
      {/* Not the focus-taking announcement: focus stays where Ctrl+C copies the selected draft. */}
      <p role="status" className={copied ? 'notice' : undefined}>
        {copied && t(`privacyRequests.lost.${copied}`)}
      </p>
    </div>
  )
}
