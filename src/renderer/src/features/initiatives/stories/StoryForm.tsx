import './catalog'
import '@renderer/ui/Form.css'
import './stories.css'
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { localDate } from '@shared/format'
import { createStoryInput, storyStatuses, type ResourceSource } from '@shared/stories'
import { useText } from '@renderer/i18n'
import { useDates } from '@renderer/ui/dates'
import { DateField } from '@renderer/ui/DateField'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { useFieldErrors } from '@renderer/ui/field-errors'
import { Segmented } from '@renderer/ui/Segmented'
import { TextAreaField } from '@renderer/ui/TextAreaField'
import { TextField } from '@renderer/ui/TextField'
import { focusField, focusFirstInvalid, go, schemaMessages } from '@renderer/ui/form-helpers'
import { findPeople } from '@renderer/features/members/find-people'
import { PageHeading } from '@renderer/features/members/records/PageHeading'
import { PeoplePicker } from '@renderer/ui/PeoplePicker'
import { initiativesHref } from '../routes'
import { draftOf, fieldsOf, formErrors, sourcesGiven, typedRupiah, typedTotal, type StoryDraft } from './draft'
import { PhotoFields } from './PhotoFields'
import { ResourceFields } from './ResourceFields'
import { useStories } from './store'

const fieldsSchema = createStoryInput.omit({ initiativeId: true })

export function StoryForm({ initiativeId, id }: { initiativeId: string | null; id: string | null }) {
  const t = useText()
  const { zone } = useDates()
  const { story, error, load, reset } = useStories()
  useEffect(() => {
    reset()
    if (id) void load(id)
  }, [id, load, reset])
  const heading = t(id ? 'storyScreen.editTitle' : 'storyScreen.newTitle')
  const owner = id ? story?.initiativeId : initiativeId
  if ((id && story?.id !== id) || !owner)
    return (
      <>
        <PageHeading>{heading}</PageHeading>
        <ErrorAlert error={error} />
      </>
    )
  return (
    <StoryFormBody
      key={id ?? 'new'}
      id={id}
      initiativeId={owner}
      heading={heading}
      initial={draftOf(id ? story : null, localDate(new Date(), zone))}
    />
  )
}

function StoryFormBody(props: { id: string | null; initiativeId: string; heading: string; initial: StoryDraft }) {
  const { id, initiativeId } = props
  const t = useText()
  const { error, fieldErrors, busy, save } = useStories()
  const [draft, setDraft] = useState(props.initial)
  const formRef = useRef<HTMLFormElement>(null)
  // Main names a source's amount by its place among those sent: the ones of the last save.
  const [sent, setSent] = useState<ResourceSource[]>([])
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({})

  const check = (values: StoryDraft) => {
    const messages = schemaMessages(fieldsSchema, fieldsOf(values), t)
    for (const source of sourcesGiven(values))
      if (Number.isNaN(typedRupiah(values.amounts[source])))
        messages[`amount-${source}`] = t('storyScreen.resources.notANumber')
    if (values.personTyped.trim() !== '')
      messages.people = t('storyScreen.people.notChosen', { name: values.personTyped.trim() })
    return messages
  }
  const saved = useMemo(
    () => ({ ...formErrors(fieldErrors, sent), ...clientErrors }),
    [fieldErrors, sent, clientErrors],
  )
  const { errors, recheck } = useFieldErrors(saved, check)
  const set = (patch: Partial<StoryDraft>, changed = Object.keys(patch)) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    recheck(next, changed)
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const problems = check(draft)
    setClientErrors(problems)
    if (Object.keys(problems).length > 0) {
      useStories.setState({ error: { code: 'VALIDATION', message: t('stories.invalid') }, fieldErrors: {} })
      return focusFirstInvalid(formRef.current, problems)
    }
    const sources = sourcesGiven(draft)
    setSent(sources)
    const story = await save(fieldsOf(draft), id ? { id } : { initiativeId })
    if (story) return go(initiativesHref({ view: 'story', id: story.id }))
    // A refused photo is reached through its caption, the first control it has.
    const [first] = Object.keys(formErrors(useStories.getState().fieldErrors, sources))
    if (first) focusField(formRef.current, first.replace(/^photos\.(\d+)$/, 'caption-$1'))
  }

  const text = (field: 'title' | 'narrative' | 'before' | 'after') => ({
    name: field,
    value: draft[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) => set({ [field]: event.target.value }),
  })

  return (
    <>
      <PageHeading>{props.heading}</PageHeading>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        className="stack form-page sectioned-form"
      >
        <ErrorAlert error={error} />
        <TextField label={t('storyScreen.title')} {...text('title')} />
        <DateField
          label={t('storyScreen.happenedOn')}
          name="happenedOn"
          value={draft.happenedOn}
          onChange={(happenedOn) => set({ happenedOn })}
          error={errors.happenedOn}
        />
        <TextAreaField
          label={t('storyScreen.narrative')}
          hint={t('storyScreen.narrativeHint')}
          {...text('narrative')}
        />
        <div className="field-row">
          <TextAreaField label={t('storyScreen.before')} {...text('before')} />
          <TextAreaField label={t('storyScreen.after')} {...text('after')} />
        </div>
        <ResourceFields
          amounts={draft.amounts}
          total={typedTotal(draft)}
          errors={errors}
          onChange={(source, amount) => set({ amounts: { ...draft.amounts, [source]: amount } }, [`amount-${source}`])}
        />
        <PhotoFields
          photos={draft.photos}
          errors={errors}
          onChange={(update) => setDraft((current) => ({ ...current, photos: update(current.photos) }))}
        />
        <PeoplePicker
          label={t('storyScreen.people.label')}
          name="people"
          hint={t('storyScreen.people.hint')}
          chosen={draft.people}
          error={errors.people}
          find={findPeople}
          removeText={t('storyScreen.people.remove')}
          removeLabel={(name) => t('storyScreen.people.removeFrom', { name })}
          // A choice empties the field: nothing is left typed, whatever onText said just before.
          onChange={(people) => set({ people, personTyped: '' }, ['people'])}
          onText={(personTyped) => set({ personTyped }, ['people'])}
        />
        <div className="field">
          <Segmented
            label={t('storyScreen.status')}
            options={storyStatuses}
            chosen={draft.status}
            onChoose={(status) => set({ status }, ['title', 'narrative', 'people'])}
            optionLabel={(status) => t(`storyScreen.statuses.${status}`)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-busy={busy}>
            {t('storyScreen.save')}
          </button>
          <a
            className="button"
            href={
              id ? initiativesHref({ view: 'story', id }) : initiativesHref({ view: 'initiative', id: initiativeId })
            }
          >
            {t('storyScreen.cancel')}
          </a>
        </div>
      </form>
    </>
  )
}
