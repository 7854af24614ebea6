import { useEffect } from 'react'
import { STALE_AFTER_DAYS, type ProvinceHub, type ProvinceRow } from '@shared/sync'
import { useText, type Translate } from '@renderer/i18n'
import { countedText } from '@renderer/i18n/counted'
import { useDates } from '@renderer/ui/dates'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { syncHref } from '../routes'
import { useProvinces } from './store'

const COLUMNS = 9

/** The row header a hub's cells (and its acknowledgement button) are described by. */
const rowHeaderId = (hub: ProvinceHub) => `sync-province-${hub.hubId}`

/** What the national team should act on for one hub, most urgent first; empty when all is well. */
function attentionOf(t: Translate, hub: ProvinceHub): string[] {
  const lines: string[] = []
  if (hub.alarms > 0) lines.push(countedText(t, 'syncScreen.provinces.attention.alarm_other', hub.alarms))
  if (hub.stale && hub.ageDays !== null)
    lines.push(countedText(t, 'syncScreen.provinces.attention.late_other', hub.ageDays))
  if (hub.gaps.length > 0)
    lines.push(
      countedText(t, 'syncScreen.provinces.attention.gaps_other', hub.gaps.length, { sequences: hub.gaps.join(', ') }),
    )
  if (!hub.lastBundle) lines.push(t('syncScreen.provinces.attention.never'))
  return lines
}

/**
 * Above the 38 rows, the few that need a call: alarms, late hubs, missing bundles, hubs enrolled
 * but silent. Said in words, so nobody has to scan the table for a colour.
 */
function Attention({ rows }: { rows: ProvinceRow[] }) {
  const t = useText()
  const items = rows.flatMap((row) =>
    row.hubs.map((hub) => ({ row, hub, lines: attentionOf(t, hub) })).filter((item) => item.lines.length > 0),
  )
  return (
    <div className="sync-attention">
      <h3>{t('syncScreen.provinces.attentionTitle')}</h3>
      {items.length === 0 ? (
        <p>{t('syncScreen.provinces.attentionNone')}</p>
      ) : (
        <ul>
          {items.map(({ row, hub, lines }) => (
            <li key={hub.hubId} className={hub.alarms > 0 ? 'sync-attention--alarm' : undefined}>
              <strong>
                {row.name} ({hub.name})
              </strong>
              {lines.map((line, index) => (
                <p key={index}>{line}</p>
              ))}
            </li>
          ))}
        </ul>
      )}
      {items.some((item) => item.hub.alarms > 0) && (
        <p>
          <a href={syncHref('history')}>{t('syncScreen.provinces.historyLink')}</a>
        </p>
      )}
    </div>
  )
}

function Age({ hub }: { hub: ProvinceHub }) {
  const t = useText()
  if (hub.ageDays === null) return <>—</>
  const age =
    hub.ageDays === 0
      ? t('syncScreen.provinces.today')
      : countedText(t, 'syncScreen.provinces.ageDays_other', hub.ageDays)
  return (
    <>
      {age}
      {/* Said in words, not by colour alone. */}
      {hub.stale && <span className="sync-badge sync-badge--late"> {t('syncScreen.provinces.stale')}</span>}
    </>
  )
}

function HubCells({ hub }: { hub: ProvinceHub }) {
  const t = useText()
  const dates = useDates()
  const { acking, writeAck } = useProvinces()
  return (
    <>
      <td>{hub.name}</td>
      <td>
        {hub.lastBundle
          ? t('syncScreen.provinces.bundle', {
              sequence: hub.lastBundle.sequence,
              date: dates.date(hub.lastBundle.createdAt),
            })
          : t('syncScreen.provinces.never')}
      </td>
      <td>
        <Age hub={hub} />
      </td>
      <td>
        {hub.gaps.length === 0
          ? t('syncScreen.provinces.noGaps')
          : t('syncScreen.provinces.gapList', { sequences: hub.gaps.join(', ') })}
      </td>
      <td className="sync-number">{t('syncScreen.number', { value: hub.organisations })}</td>
      <td className="sync-number">{t('syncScreen.number', { value: hub.people })}</td>
      <td className="sync-number">
        {hub.alarms > 0 ? (
          <strong className="sync-badge sync-badge--alarm">{t('syncScreen.number', { value: hub.alarms })}</strong>
        ) : (
          t('syncScreen.number', { value: 0 })
        )}
      </td>
      <td>
        <button
          type="button"
          className="button sync-small-button"
          aria-busy={acking === hub.hubId}
          aria-describedby={rowHeaderId(hub)}
          onClick={() => void writeAck(hub.hubId, hub.name)}
        >
          {t('syncScreen.provinces.ack')}
        </button>
      </td>
    </>
  )
}

/** Provinsi (national instance): each province's hubs, how current their data is, and acks. */
export function ProvincesView() {
  const t = useText()
  const { rows, ack, error, load } = useProvinces()
  useEffect(() => void load(), [load])
  if (!rows) return <ErrorAlert error={error} />
  const enrolled = rows.filter((row) => row.hubs.length > 0).length

  return (
    <section className="import-step" aria-labelledby="sync-provinces-title">
      <h2 id="sync-provinces-title">{t('syncScreen.provinces.title')}</h2>
      <ErrorAlert error={error} />
      <p>{t('syncScreen.provinces.summary', { enrolled, total: rows.length, days: STALE_AFTER_DAYS })}</p>
      {enrolled > 0 && <Attention rows={rows} />}
      <p className="hint">{t('syncScreen.provinces.columnsHint')}</p>
      <div role="status">
        {ack && (
          <p className="sync-result sync-result--accepted">
            {t('syncScreen.provinces.ackSaved', { name: ack.name, file: ack.file })}
          </p>
        )}
      </div>
      <table className="records-table sync-table">
        <thead>
          <tr>
            <th scope="col">{t('syncScreen.provinces.province')}</th>
            <th scope="col">{t('syncScreen.provinces.hub')}</th>
            <th scope="col">{t('syncScreen.provinces.lastBundle')}</th>
            <th scope="col">{t('syncScreen.provinces.age')}</th>
            <th scope="col">{t('syncScreen.provinces.gaps')}</th>
            <th scope="col" className="sync-number">
              {t('syncScreen.provinces.organisations')}
            </th>
            <th scope="col" className="sync-number">
              {t('syncScreen.provinces.people')}
            </th>
            <th scope="col" className="sync-number">
              {t('syncScreen.provinces.alarms')}
            </th>
            <th scope="col">{t('syncScreen.provinces.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((row) =>
            row.hubs.length === 0
              ? [
                  <tr key={row.code}>
                    <th scope="row">{row.name}</th>
                    <td colSpan={COLUMNS - 1} className="muted">
                      {t('syncScreen.provinces.noHub')}
                    </td>
                  </tr>,
                ]
              : row.hubs.map((hub) => (
                  <tr key={hub.hubId} className={hub.stale || hub.alarms > 0 ? 'sync-row--attention' : undefined}>
                    <th scope="row" id={rowHeaderId(hub)}>
                      {row.name}
                    </th>
                    <HubCells hub={hub} />
                  </tr>
                )),
          )}
        </tbody>
      </table>
    </section>
  )
}
