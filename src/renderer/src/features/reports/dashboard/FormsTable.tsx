import type { FormRow, IndicatorKey } from '@shared/reports'
import { useText } from '@renderer/i18n'
import { useDrill } from '../drill/store'
import { useReportFigures } from '../figures'
import '@renderer/ui/PlainTable.css'

/** Pledged against received per form; each count opens those pledges, a form's amounts its pledges too. */
export function FormsTable({ rows }: { rows: FormRow[] }) {
  const t = useText()
  const figures = useReportFigures()
  const show = useDrill((state) => state.show)
  if (rows.length === 0) return <p className="hint">{t('reports.dashboard.forms.none')}</p>
  const open = (key: IndicatorKey, form: string, text: string) => (
    <button
      type="button"
      className="link-button"
      onClick={() =>
        show({ key, dimension: 'form', bucket: form, bucketName: t(`supportForm.${form as FormRow['form']}`) })
      }
    >
      {text}
    </button>
  )
  const amount = (form: FormRow['form'], value: number | null) =>
    value === null ? t('reports.dashboard.forms.words') : figures.value(form === 'funds' ? 'rupiah' : 'hours', value)
  return (
    <table className="plain-table" aria-labelledby="forms-title">
      <caption id="forms-title">{t('reports.dashboard.forms.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.dashboard.forms.form')}</th>
          <th scope="col" className="number">
            {t('reports.dashboard.forms.pledges')}
          </th>
          <th scope="col" className="number">
            {t('reports.dashboard.forms.fulfilled')}
          </th>
          <th scope="col" className="number">
            {t('reports.dashboard.forms.pledged')}
          </th>
          <th scope="col" className="number">
            {t('reports.dashboard.forms.received')}
          </th>
          <th scope="col" className="number">
            {t('reports.dashboard.forms.valuation')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.form}>
            <th scope="row">{t(`supportForm.${row.form}`)}</th>
            <td className="number">{open('pledges.all', row.form, figures.count(row.pledges))}</td>
            <td className="number">{open('pledges.fulfilled', row.form, figures.count(row.fulfilled))}</td>
            <td className="number">{open('pledges.all', row.form, amount(row.form, row.pledged))}</td>
            <td className="number">{open('pledges.all', row.form, amount(row.form, row.received))}</td>
            <td className="number">{open('pledges.all', row.form, figures.value('rupiah', row.valuation))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
