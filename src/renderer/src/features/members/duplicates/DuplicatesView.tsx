import { useEffect, useRef } from 'react'
import { formatNumber } from '@shared/format'
import type { DuplicatePair, RecordKind } from '@shared/members'
import { useText, type Translate } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { useLanguage } from '@renderer/features/language/store'
import { PageHeading } from '../records/PageHeading'
import { membersHref } from '../routes'
import { PAGE_SIZE, useDuplicates, type Marked } from './store'

type PairRecord = DuplicatePair['first']

const strengthOf = (strength: number) => (strength >= 4 ? 'strong' : strength >= 2 ? 'medium' : 'weak')
/** Two records may share a name: where each is tells them apart for a screen reader too. */
const named = (t: Translate, record: PairRecord) =>
  record.context ? t('memberDuplicates.named', { name: record.name, context: record.context }) : record.name
const names = (t: Translate, pair: DuplicatePair) => ({ first: named(t, pair.first), second: named(t, pair.second) })

/**
 * "Kemungkinan duplikat": every suspected pair of OMS or of people, the most alike first. Each
 * opens the merge page, or is marked "not a duplicate" and leaves the list (with undo); marked
 * pairs have a list of their own, to show one again.
 */
export function DuplicatesView({ kind, dismissed }: { kind: RecordKind; dismissed: boolean }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const { page, marked, error, busy, open, goTo, mark, undo } = useDuplicates()
  const outcomeRef = useRef<HTMLDivElement>(null)
  const rangeRef = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    void open(kind, dismissed)
  }, [open, kind, dismissed])

  // The row just marked is gone, and the undo button with it after an undo: focus goes to what was done.
  async function act(done: Promise<boolean>) {
    if (await done) outcomeRef.current?.focus()
  }
  // A paging button may vanish on the last page: focus goes to the range it moved to.
  async function turn(offset: number) {
    await goTo(offset)
    rangeRef.current?.focus()
  }

  const number = (value: number) => formatNumber(value, language)
  const list = dismissed ? 'dismissed' : 'open'
  return (
    <>
      <PageHeading back={kind === 'organisation' ? 'organisations' : 'people'}>
        {t('memberDuplicates.title')}
      </PageHeading>
      <p className="lead">{t(dismissed ? 'memberDuplicates.dismissedIntro' : 'memberDuplicates.intro')}</p>
      <div className="directory-bar">
        <nav aria-label={t('memberDuplicates.kinds.label')} className="directory-tabs">
          {(['organisation', 'person'] as const).map((each) => (
            <a
              key={each}
              href={membersHref({ view: 'duplicates', kind: each, dismissed })}
              aria-current={each === kind ? 'page' : undefined}
            >
              {t(`memberDuplicates.kinds.${each}`)}
            </a>
          ))}
        </nav>
        <a className="button" href={membersHref({ view: 'duplicates', kind, dismissed: !dismissed })}>
          {t(dismissed ? 'memberDuplicates.showOpen' : 'memberDuplicates.showDismissed')}
        </a>
      </div>

      <div ref={outcomeRef} tabIndex={-1} role="status" className={marked ? 'notice records-undo' : undefined}>
        {marked && <Outcome marked={marked} busy={busy} onUndo={() => void act(undo())} />}
      </div>
      <ErrorAlert error={error} />

      {page === null && <p role="status">{t('memberDuplicates.loading')}</p>}
      {page?.total === 0 && <p className="notice">{t(`memberDuplicates.empty.${list}`)}</p>}
      {page && page.rows.length > 0 && (
        <>
          <p ref={rangeRef} tabIndex={-1} className="hint">
            {t('memberDuplicates.range', {
              from: number(page.offset + 1),
              to: number(page.offset + page.rows.length),
              total: number(page.total),
            })}
          </p>
          <table className="records-table" aria-label={t(`memberDuplicates.table.${list}`)}>
            <thead>
              <tr>
                <th scope="col">{t('memberDuplicates.columns.first')}</th>
                <th scope="col">{t('memberDuplicates.columns.second')}</th>
                <th scope="col">{t('memberDuplicates.columns.reasons')}</th>
                <th scope="col">{t('memberDuplicates.columns.action')}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((pair) => (
                <tr key={`${pair.first.id}-${pair.second.id}`}>
                  <th scope="row">
                    <RecordCell record={pair.first} />
                  </th>
                  <td>
                    <RecordCell record={pair.second} />
                  </td>
                  <td>
                    <strong>{t(`memberDuplicates.strength.${strengthOf(pair.strength)}`)}</strong>:{' '}
                    {pair.reasons.map((reason) => t(`records.duplicates.reason.${reason}`)).join(', ')}
                  </td>
                  <td>
                    <div className="form-actions">
                      {dismissed ? (
                        <button
                          type="button"
                          className="button"
                          aria-busy={busy}
                          aria-label={t('memberDuplicates.showAgainNames', names(t, pair))}
                          onClick={() => void act(mark(pair, false))}
                        >
                          {t('memberDuplicates.showAgain')}
                        </button>
                      ) : (
                        <>
                          <a
                            className="button"
                            aria-label={t('memberDuplicates.compareNames', names(t, pair))}
                            href={membersHref({
                              view: 'merge',
                              kind: pair.kind,
                              survivorId: pair.first.id,
                              mergedId: pair.second.id,
                            })}
                          >
                            {t('memberDuplicates.compare')}
                          </a>
                          <button
                            type="button"
                            className="button"
                            aria-busy={busy}
                            aria-label={t('memberDuplicates.dismissNames', names(t, pair))}
                            onClick={() => void act(mark(pair, true))}
                          >
                            {t('memberDuplicates.dismiss')}
                          </button>
                        </>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {page.total > PAGE_SIZE && (
            <nav aria-label={t('memberDuplicates.pages')} className="form-actions">
              {page.offset > 0 && (
                <button type="button" className="button" onClick={() => void turn(page.offset - PAGE_SIZE)}>
                  {t('memberDuplicates.previous')}
                </button>
              )}
              {page.offset + page.rows.length < page.total && (
                <button type="button" className="button" onClick={() => void turn(page.offset + PAGE_SIZE)}>
                  {t('memberDuplicates.next')}
                </button>
              )}
            </nav>
          )}
        </>
      )}
    </>
  )
}

function RecordCell({ record }: { record: PairRecord }) {
  return (
    <>
      {record.name}
      {record.context && <span className="records-muted"> — {record.context}</span>}
    </>
  )
}

function Outcome({ marked, busy, onUndo }: { marked: Marked; busy: boolean; onUndo(): void }) {
  const t = useText()
  return (
    <>
      <p>{t(`memberDuplicates.done.${marked.dismissed ? 'dismissed' : 'shown'}`, names(t, marked.pair))}</p>
      <button type="button" className="button" aria-busy={busy} onClick={onUndo}>
        {t('memberDuplicates.undo')}
      </button>
    </>
  )
}
