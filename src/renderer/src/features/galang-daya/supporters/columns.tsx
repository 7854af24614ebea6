import type { SupporterRow } from '@shared/pledges'
import { formatPhone } from '@shared/phone'
import type { Translate } from '@renderer/i18n'
import type { Column } from '@renderer/ui/DataTable'
import { galangDayaHref } from '../routes'
import type { SupporterSort } from './store'

/** Narrow columns cut long texts short; hovering shows them whole. */
const clipped = (text: string | null) => (text === null ? '—' : <span title={text}>{text}</span>)
const width = (min: number, grow: number) => ({ min, grow })

export type SupporterColumnId = 'name' | 'kind' | 'place' | 'contactPerson' | 'phone' | 'email'

/** Sized to fit a 1366-pixel screen: the name and the place take what the short columns leave. */
export function supporterColumns(t: Translate): Column<SupporterRow, SupporterColumnId, SupporterSort>[] {
  return [
    {
      id: 'name',
      label: t('supporters.list.columns.name'),
      sort: 'name',
      width: width(12, 2.2),
      cell: (row) => (
        <a href={galangDayaHref({ view: 'supporter', id: row.id })} title={row.name}>
          {row.name}
        </a>
      ),
    },
    {
      id: 'kind',
      label: t('supporters.list.columns.kind'),
      width: width(9, 1),
      cell: (row) => clipped(t(`supporters.kind.${row.kind}`)),
    },
    {
      id: 'place',
      label: t('supporters.list.columns.place'),
      width: width(11, 1.4),
      // An OMS is placed by its record in the directory; the others by their kabupaten/kota.
      cell: (row) => clipped(row.organisationName ?? row.regencyName),
    },
    {
      id: 'contactPerson',
      label: t('supporters.list.columns.contactPerson'),
      width: width(9, 1),
      cell: (row) => clipped(row.contactPerson),
    },
    {
      id: 'phone',
      label: t('supporters.list.columns.phone'),
      width: width(9, 0.4),
      cell: (row) => clipped(row.phone && formatPhone(row.phone)),
    },
    {
      id: 'email',
      label: t('supporters.list.columns.email'),
      width: width(11, 1.2),
      cell: (row) => clipped(row.email),
    },
  ]
}
