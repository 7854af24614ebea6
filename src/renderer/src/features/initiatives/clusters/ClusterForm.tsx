import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { ErrorPayload } from '@shared/errors'
import type { IssueCluster } from '@shared/initiatives'
import { useText } from '@renderer/i18n'
import { CheckboxGroup } from '@renderer/ui/CheckboxGroup'
import { TextAreaField } from '@renderer/ui/TextAreaField'
import { TextField } from '@renderer/ui/TextField'
import { focusFirstInvalid } from '@renderer/ui/form-helpers'
import { InlineFormEnd } from '../page/InlineForm'
import { useClusters } from './store'

const sdgNumbers = Array.from({ length: 17 }, (_, index) => index + 1)

/** An issue cluster created or changed on the national instance: its name, description and SDGs. */
export function ClusterForm({ cluster, onDone }: { cluster: IssueCluster | null; onDone(saved: string | null): void }) {
  const t = useText()
  const { busy, save } = useClusters()
  const form = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState({
    name: cluster?.name ?? '',
    description: cluster?.description ?? '',
    sdgs: cluster?.sdgs ?? [],
  })
  const [refusal, setRefusal] = useState<ErrorPayload | null>(null)
  const errors = refusal?.fields ?? {}

  useEffect(() => {
    form.current?.querySelector('input')?.focus()
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const refused = await save(draft, cluster?.id ?? null)
    if (!refused) return onDone(draft.name.trim())
    setRefusal(refused)
    focusFirstInvalid(form.current, refused.fields ?? {})
  }

  return (
    <form ref={form} noValidate className="initiative-need-form" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{t(cluster ? 'initiativeClusters.form.editTitle' : 'initiativeClusters.form.newTitle')}</legend>
        <TextField
          label={t('initiativeClusters.form.name')}
          name="name"
          value={draft.name}
          error={errors.name}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
        />
        <TextAreaField
          label={t('initiativeClusters.form.description')}
          name="description"
          value={draft.description}
          error={errors.description}
          onChange={(event) => setDraft({ ...draft, description: event.target.value })}
        />
        <CheckboxGroup
          legend={t('initiativeClusters.sdgs')}
          name="sdgs"
          options={sdgNumbers.map((value) => ({ value, label: t('initiativeClusters.sdg', { number: value }) }))}
          checked={draft.sdgs}
          error={errors.sdgs}
          onChange={(sdgs) => setDraft({ ...draft, sdgs: [...sdgs].sort((a, b) => a - b) })}
        />
      </fieldset>
      <InlineFormEnd
        refusal={refusal}
        saveLabel={t('initiativeClusters.form.save')}
        busy={busy}
        onCancel={() => onDone(null)}
      />
    </form>
  )
}
