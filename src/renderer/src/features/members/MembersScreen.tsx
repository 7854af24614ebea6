import './catalog'
import './directory/directory.css'
import '@renderer/ui/Form.css'
import './records/records.css'
import './import/import.css'
import { DirectoryView } from './directory/DirectoryView'
import { DuplicatesView } from './duplicates/DuplicatesView'
import { ImportView } from './import/ImportView'
import { RecordsView } from './records/RecordsView'
import { useMembersRoute } from './routes'
import { TrashView } from './trash/TrashView'

/** Anggota: the directory, each organisation's and person's pages and forms, and spreadsheet import. */
export default function MembersScreen() {
  const route = useMembersRoute()
  switch (route.view) {
    case 'directory':
      return <DirectoryView tab={route.tab} />
    case 'import':
      return <ImportView kind={route.kind} />
    case 'duplicates':
      return <DuplicatesView kind={route.kind} dismissed={route.dismissed} />
    case 'trash':
      return <TrashView />
    default:
      return <RecordsView route={route} />
  }
}
