import type { MembersRoute } from '../routes'

// PLACEHOLDER: profile pages, forms and merge replace this.
export function RecordsView({ route }: { route: MembersRoute }) {
  return <h1 tabIndex={-1}>{route.view}</h1>
}
