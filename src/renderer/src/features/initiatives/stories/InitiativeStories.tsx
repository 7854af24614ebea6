import './catalog'
import './stories.css'
import { useEffect } from 'react'
import { formatRupiah } from '@shared/format'
import type { StorySummary } from '@shared/stories'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { initiativesHref } from '../routes'
import { usePhoto } from './photos'
import { useStories } from './store'
import { useStoryDay } from './day'
import { StoryStatus } from './StoryStatus'

/** The initiative page's stories of change, newest first as main lists them, and the way to write one. */
export function InitiativeStories({ initiativeId }: { initiativeId: string }) {
  const t = useText()
  const list = useStories((state) => (state.list?.initiativeId === initiativeId ? state.list.stories : null))
  const error = useStories((state) => state.listError)
  useEffect(() => {
    void useStories.getState().loadList(initiativeId)
  }, [initiativeId])
  return (
    <section className="card stack" aria-labelledby="initiative-stories-title">
      <h2 id="initiative-stories-title">{t('storyScreen.section')}</h2>
      <ErrorAlert error={error} />
      {list?.length === 0 && <p>{t('storyScreen.none')}</p>}
      {list && list.length > 0 && (
        <ul className="story-list">
          {list.map((story) => (
            <StoryItem key={story.id} story={story} />
          ))}
        </ul>
      )}
      <p>
        <a className="button" href={initiativesHref({ view: 'newStory', initiativeId })}>
          {t('storyScreen.write')}
        </a>
      </p>
    </section>
  )
}

function StoryItem({ story }: { story: StorySummary }) {
  const t = useText()
  const day = useStoryDay()
  const cover = usePhoto(story.cover)
  return (
    <li className="story-list__item">
      {cover ? (
        <img src={cover} alt="" className="story-thumbnail" />
      ) : (
        <span className="story-thumbnail story-thumbnail--empty" />
      )}
      <div>
        <a href={initiativesHref({ view: 'story', id: story.id })} className="story-list__title">
          {story.title || t('storyScreen.untitled')}
        </a>
        <p className="story-list__meta">
          {day(story.happenedOn)} · <StoryStatus status={story.status} /> · {formatRupiah(story.resourceTotal)}
          {story.photoCount > 0 && <> · {t('storyScreen.photos.count', { count: story.photoCount })}</>}
          {story.withheld && <> · {t('storyScreen.people.withheldShort')}</>}
        </p>
      </div>
    </li>
  )
}
