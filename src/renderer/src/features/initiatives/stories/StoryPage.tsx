import './catalog'
import '@renderer/ui/Form.css'
import './stories.css'
import { useEffect, useState } from 'react'
import { formatRupiah } from '@shared/format'
import type { Story } from '@shared/stories'
import { useText } from '@renderer/i18n'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { Details } from '@renderer/ui/Details'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { go } from '@renderer/ui/form-helpers'
import { PageHeading } from '@renderer/features/members/records/PageHeading'
import { membersHref } from '@renderer/features/members/routes'
import { initiativesHref } from '../routes'
import { usePhoto } from './photos'
import { useStories } from './store'
import { useStoryDay } from './day'
import { StoryStatus } from './StoryStatus'

export function StoryPage({ id }: { id: string }) {
  const t = useText()
  const day = useStoryDay()
  const { story, error, load, reset } = useStories()
  useEffect(() => {
    reset()
    void load(id)
  }, [id, load, reset])
  if (story?.id !== id)
    return (
      <>
        <PageHeading>{t('storyScreen.section')}</PageHeading>
        <ErrorAlert error={error} />
      </>
    )
  const initiativeHref = initiativesHref({ view: 'initiative', id: story.initiativeId })
  return (
    <>
      <p className="story-back">
        <a href={initiativeHref}>
          <span aria-hidden="true">← </span>
          {t('storyScreen.backToInitiative')}
        </a>
      </p>
      <PageHeading>{story.title || t('storyScreen.untitled')}</PageHeading>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <a className="button" href={initiativesHref({ view: 'editStory', id })}>
          {t('storyScreen.edit')}
        </a>
        <DeleteStory story={story} afterwards={initiativeHref} />
      </div>
      <section className="card stack" aria-label={t('storyScreen.section')}>
        <Details
          rows={[
            [t('storyScreen.happenedOn'), day(story.happenedOn)],
            [t('storyScreen.status'), <StoryStatus key="status" status={story.status} />],
          ]}
        />
        {story.narrative && <Passage title={t('storyScreen.narrative')} text={story.narrative} />}
        {story.before && <Passage title={t('storyScreen.before')} text={story.before} />}
        {story.after && <Passage title={t('storyScreen.after')} text={story.after} />}
      </section>
      {story.people.length > 0 && <StoryPeople story={story} />}
      <ResourceMix story={story} />
      {story.photos.length > 0 && (
        <section className="card" aria-labelledby="story-photos-title">
          <h2 id="story-photos-title">{t('storyScreen.photos.title')}</h2>
          <div className="story-gallery">
            {story.photos.map((photo) => (
              <StoryPhoto key={photo.sha256} sha256={photo.received ? photo.sha256 : null} caption={photo.caption} />
            ))}
          </div>
        </section>
      )}
    </>
  )
}

function Passage({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <h2>{title}</h2>
      <p className="story-text">{text}</p>
    </div>
  )
}

/** Who the story names or pictures, each with their consent to publication as it stands now. */
function StoryPeople({ story }: { story: Story }) {
  const t = useText()
  const withheld = story.status === 'published' && story.people.some((person) => !person.publishable)
  return (
    <section className="card stack" aria-labelledby="story-people-title">
      <h2 id="story-people-title">{t('storyScreen.people.title')}</h2>
      {withheld && <p className="alert">{t('storyScreen.people.withheld')}</p>}
      <ul className="story-people">
        {story.people.map((person) => (
          <li key={person.id}>
            {person.name ? (
              <a href={membersHref({ view: 'person', id: person.id })}>{person.name}</a>
            ) : (
              <span>{t('storyScreen.people.unknown')}</span>
            )}
            {person.organisation && <span className="hint">{` · ${person.organisation}`}</span>}
            {person.name && (
              <span>
                {' — '}
                {t(person.publishable ? 'storyScreen.people.consented' : 'storyScreen.people.notConsented')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}

function ResourceMix({ story }: { story: Story }) {
  const t = useText()
  return (
    <section className="card" aria-labelledby="story-resources-title">
      <h2 id="story-resources-title">{t('storyScreen.resources.title')}</h2>
      {story.resourceMix.length === 0 ? (
        <p>{t('storyScreen.resources.none')}</p>
      ) : (
        <table className="story-resources">
          <tbody>
            {story.resourceMix.map(({ source, amountRupiah }) => (
              <tr key={source}>
                <th scope="row">{t(`storyScreen.resources.sources.${source}`)}</th>
                <td>{formatRupiah(amountRupiah)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('storyScreen.resources.total')}</th>
              <td>{formatRupiah(story.resourceTotal)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  )
}

function StoryPhoto({ sha256, caption }: { sha256: string | null; caption: string }) {
  const t = useText()
  const source = usePhoto(sha256)
  return (
    <figure className="story-figure">
      {source ? <img src={source} alt={caption} /> : <p className="hint">{t('storyScreen.photos.notReceived')}</p>}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  )
}

function DeleteStory({ story, afterwards }: { story: Story; afterwards: string }) {
  const t = useText()
  const busy = useStories((state) => state.busy)
  const remove = useStories((state) => state.remove)
  const [asking, setAsking] = useState(false)
  async function confirm() {
    if (busy) return
    const deleted = await remove(story.id)
    setAsking(false)
    if (deleted) go(afterwards)
  }
  return (
    <>
      <button type="button" className="button button--danger-outline" onClick={() => setAsking(true)}>
        {t('storyScreen.delete.action')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('storyScreen.delete.title')}
          confirmLabel={t('storyScreen.delete.confirm')}
          cancelLabel={t('storyScreen.delete.cancel')}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
        >
          <p>{t('storyScreen.delete.body', { title: story.title || t('storyScreen.untitled') })}</p>
        </ConfirmDialog>
      )}
    </>
  )
}
