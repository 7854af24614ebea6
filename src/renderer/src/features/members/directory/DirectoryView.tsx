// PLACEHOLDER: the directory list (search, filters, virtualised table) replaces this.
export function DirectoryView({ tab }: { tab: 'organisations' | 'people' }) {
  return <h1 tabIndex={-1}>{tab}</h1>
}
