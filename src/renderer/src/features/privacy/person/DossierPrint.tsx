import './catalog'
import './dossier.css'
import { useEffect, useState } from 'react'
import type { ErrorPayload } from '@shared/errors'
import type { DossierSheet, DossierSheetItem } from '@shared/privacy'
import { useText } from '@renderer/i18n'
import { usePrintReady } from '../../print/ready'
import { usePrintRoute } from '../../print/route'
import { loadDossierSheet } from './store'

/**
 * #/print/dossier/<personId>/<language>: everything the hub holds about a person, for them, drawn alone on A4
 * and printed by main. Main words every label and value in the reader's language; this page only
 * lays them out, and is ready once they are on it.
 */
export default function DossierPrint() {
  const t = useText()
  const route = usePrintRoute()
  const personId = route?.page === 'dossier' ? route.personId : null
  const language = route?.page === 'dossier' ? route.language : 'id'
  const [sheet, setSheet] = useState<DossierSheet | null>(null)
  const [error, setError] = useState<ErrorPayload | null>(null)
  useEffect(() => {
    if (personId === null) return
    void loadDossierSheet(personId, language).then((result) => {
      if (result.ok) setSheet(result.value)
      else setError(result.error)
    })
  }, [personId, language])
  usePrintReady(sheet !== null, error !== null)
  if (error)
    return (
      <p role="alert" className="alert">
        {t('personPrivacy.access.unreadable', { message: error.message })}
      </p>
    )
  return sheet && <DossierDocument sheet={sheet} />
}

function DossierDocument({ sheet }: { sheet: DossierSheet }) {
  return (
    <article className="dossier">
      <header className="dossier__cover">
        <h1>{sheet.title}</h1>
        <p>{sheet.lead}</p>
        <p className="dossier__made">{sheet.madeAt}</p>
        <p>{sheet.contact}</p>
      </header>
      {sheet.sections.map((section) => (
        // Not landmarks: the copy is one document, its headings are its outline.
        <section key={section.key} className="dossier__section">
          <h2>{section.heading}</h2>
          {section.note && <p className="dossier__note">{section.note}</p>}
          {section.items.length === 0 ? (
            <p>{section.empty}</p>
          ) : section.items.length === 1 ? (
            <Item item={section.items[0] as DossierSheetItem} />
          ) : (
            <ol className="dossier__items">
              {section.items.map((item, index) => (
                <li key={index}>
                  <Item item={item} />
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </article>
  )
}

/** One record's labelled values; a label may repeat across records, never within one. */
function Item({ item }: { item: DossierSheetItem }) {
  return (
    <dl className="dossier__item">
      {item.map(({ label, value }, index) => (
        <div key={index}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
