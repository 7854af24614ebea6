import { DirectoryView } from './directory/DirectoryView'
import { ImportView } from './import/ImportView'
import { RecordsView } from './records/RecordsView'
import { useMembersRoute } from './routes'

/** Anggota: the directory, each organisation's and person's pages and forms, and spreadsheet import. */
export default function MembersScreen() {
  const route = useMembersRoute()
  switch (route.view) {
    case 'directory':
      return <DirectoryView tab={route.tab} />
    case 'import':
      return <ImportView kind={route.kind} />
    default:
      return <RecordsView route={route} />
  }
}
