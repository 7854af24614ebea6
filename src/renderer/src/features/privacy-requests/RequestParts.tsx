import '@renderer/ui/visually-hidden.css'
import type { PrivacyRequestView } from '@shared/privacy'
import { useText } from '@renderer/i18n'
import { membersHref } from '../members/routes'
import { countdown, isLate } from './time'

/** Whose data: a link to their page in Anggota with their OMS under it (two of one name differ), or why there is none. */
export function PersonName({ request }: { request: PrivacyRequestView }) {
  const t = useText()
  if (request.personId === null) return <span className="muted">{t('privacyRequests.table.notInDirectory')}</span>
  // An erased person keeps their row and OMS, without the name: the register still says whose request it was.
  const name = request.personName ? (
    <a href={membersHref({ view: 'person', id: request.personId })}>{request.personName}</a>
  ) : (
    <span className="muted">{t('privacyRequests.table.erased')}</span>
  )
  return (
    <>
      {name}
      {request.personOrganisation && (
        <span className="privacy-requests__oms">
          {/* Read as "Andi Pratama, Yayasan Pesisir Makassar"; seen on a line of its own. */}
          <span className="visually-hidden">, </span>
          {request.personOrganisation}
        </span>
      )}
    </>
  )
}

/** Where a request stands, in words and a tone: late in red, so it stands out from the rest. */
export function StatusBadge({ request, now }: { request: PrivacyRequestView; now: number }) {
  const t = useText()
  const late = isLate(request, now)
  const tone = late ? 'bad' : request.status === 'open' ? 'info' : request.status === 'done' ? 'good' : 'muted'
  return <span className={`badge badge--${tone}`}>{t(`privacyRequests.status.${late ? 'late' : request.status}`)}</span>
}

/** "sisa 2 hari 5 jam" / "terlambat 3 jam", for an open request only. */
export function Countdown({ request, now }: { request: PrivacyRequestView; now: number }) {
  const t = useText()
  if (request.status !== 'open') return null
  const late = isLate(request, now)
  return (
    <span
      className={late ? 'privacy-requests__countdown privacy-requests__countdown--late' : 'privacy-requests__countdown'}
    >
      {countdown(request.dueAt, now, t)}
    </span>
  )
}
