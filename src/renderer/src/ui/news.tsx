import { useRef, useState } from 'react'
import type { ErrorPayload } from '@shared/errors'
import { Announcement } from './Announcement'

/** What an action came to: main's refusal, or the words that confirm it. */
export type News = { refusal: ErrorPayload } | { done: string }

/**
 * The latest action's news, said until the next action starts. Each one gets a fresh key, so two
 * alike in a row are both announced; `shown` renders it (nothing while there is none).
 */
export function useNews() {
  const [news, setNews] = useState<(News & { key: number }) | null>(null)
  const count = useRef(0)
  const say = (next: News | null) => setNews(next && { ...next, key: ++count.current })
  const shown = news && (
    <Announcement
      key={news.key}
      refusal={'refusal' in news && !news.refusal.fields ? news.refusal : null}
      done={'done' in news ? news.done : null}
    />
  )
  return { news, say, shown }
}
