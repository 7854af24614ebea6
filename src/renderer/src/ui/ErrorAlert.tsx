import type { ErrorPayload } from '@shared/errors'

interface Props {
  error: ErrorPayload | null
  /** Field messages that have no input on screen to sit next to. */
  details?: string[]
}

/** Where every failed call shows up: announced at once, never swallowed. */
export function ErrorAlert({ error, details = [] }: Props) {
  return (
    <div role="alert" className={error ? 'alert' : undefined}>
      {error && (
        <>
          <p>{error.message}</p>
          {details.length > 0 && (
            <ul>
              {details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  )
}
