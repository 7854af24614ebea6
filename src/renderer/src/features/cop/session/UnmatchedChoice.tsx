import { useState } from 'react'
import type { AttendancePreviewRow } from '@shared/cop'
import { useText } from '@renderer/i18n'
import { Lookup, type LookupOption } from '@renderer/ui/Lookup'
import { findPeople } from '@renderer/features/members/find-people'

const SKIP = ''

interface Props {
  row: AttendancePreviewRow
  participants: { personId: string; name: string }[]
  chosen: string | null
  onChoose(personId: string | null): void
}

/**
 * Who a row the matcher left open stands for: one of its suggestions or the registered, quickest,
 * or anyone in the directory found by name; skipping is the default.
 */
export function UnmatchedChoice({ row, participants, chosen, onChoose }: Props) {
  const t = useText()
  const [found, setFound] = useState<LookupOption | null>(null)
  const offered = [
    ...(found ? [{ personId: found.id, label: found.detail ? `${found.label} (${found.detail})` : found.label }] : []),
    ...row.suggestions.map((s) => ({
      personId: s.personId,
      label: s.organisationName ? `${s.name} (${s.organisationName})` : s.name,
    })),
    ...participants.map((p) => ({ personId: p.personId, label: p.name })),
  ].filter((option, index, all) => all.findIndex((o) => o.personId === option.personId) === index)
  return (
    <div className="cop-unmatched">
      <select
        aria-label={t('cop.attendance.choose', { name: row.name })}
        value={chosen ?? SKIP}
        onChange={(event) => onChoose(event.target.value === SKIP ? null : event.target.value)}
      >
        <option value={SKIP}>{t('cop.attendance.skip')}</option>
        {offered.map((o) => (
          <option key={o.personId} value={o.personId}>
            {o.label}
          </option>
        ))}
      </select>
      <Lookup
        label={t('cop.attendance.findOther', { name: row.name })}
        name={`attendance-find-${row.entry}`}
        chosen={found}
        find={findPeople}
        onChoose={(option) => {
          setFound(option)
          if (option) onChoose(option.id)
        }}
      />
    </div>
  )
}
