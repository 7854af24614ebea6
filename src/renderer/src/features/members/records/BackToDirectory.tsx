import { useText } from '@renderer/i18n'
import { useDirectory, type Tab } from '../directory/store'
import { membersHref } from '../routes'

/**
 * The way back from a record to the list it was found in. The directory keeps its search while the
 * app runs, so the link says which search it returns to.
 */
export function BackToDirectory({ tab }: { tab: Tab }) {
  const t = useText()
  const query = useDirectory((state) => state.queryText.trim())
  const list = t(`records.back.${tab}`)
  return (
    <p className="records-back">
      <a href={membersHref({ view: 'directory', tab })}>
        <span aria-hidden="true">← </span>
        {query ? t('records.back.search', { list, query }) : list}
      </a>
    </p>
  )
}
