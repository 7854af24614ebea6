// PLACEHOLDER: the import wizard replaces this.
export function ImportView({ kind }: { kind: 'organisations' | 'people' }) {
  return <h1 tabIndex={-1}>{kind}</h1>
}
