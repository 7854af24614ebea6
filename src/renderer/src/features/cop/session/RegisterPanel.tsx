import { useState } from 'react'
import type { SessionDetail } from '@shared/cop'
import { useText } from '@renderer/i18n'
import { countedText } from '@renderer/i18n/counted'
import type { LookupOption } from '@renderer/ui/Lookup'
import { useNews } from '@renderer/ui/news'
import { invoke } from '@renderer/api'
import { PeoplePicker } from '@renderer/ui/PeoplePicker'
import { findPeople } from '@renderer/features/members/find-people'
import { useSession } from '../store'
import { NewParticipant } from './NewParticipant'

/**
 * Registering people: several found in the directory at once (for every part of a series too), or
 * someone new added to the directory on the spot, with its rules and its duplicate warning.
 */
export function RegisterPanel({ session }: { session: SessionDetail }) {
  const t = useText()
  const change = useSession((state) => state.change)
  const { say, shown } = useNews()
  const [chosen, setChosen] = useState<LookupOption[]>([])
  const [wholeSeries, setWholeSeries] = useState(false)
  const [adding, setAdding] = useState(false)

  async function register(people: LookupOption[]) {
    const refusal = await change(() =>
      invoke('cop:register', { sessionId: session.id, personIds: people.map((p) => p.id), wholeSeries }),
    )
    say(refusal ? { refusal } : { done: countedText(t, 'cop.register.registered_other', people.length) })
    return refusal === null
  }

  return (
    <section className="cop-subsection" aria-labelledby="cop-register-title">
      <h3 id="cop-register-title">{t('cop.register.title')}</h3>
      {shown}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (chosen.length > 0) void register(chosen).then((done) => done && setChosen([]))
        }}
      >
        <PeoplePicker
          label={t('cop.register.find')}
          name="personIds"
          hint={t('cop.register.findHint')}
          chosen={chosen}
          find={findPeople}
          removeText={t('cop.form.remove')}
          removeLabel={(name) => t('cop.register.removeChosen', { name })}
          onChange={setChosen}
        />
        {session.seriesId && (
          <label className="records-check">
            <input type="checkbox" checked={wholeSeries} onChange={(event) => setWholeSeries(event.target.checked)} />
            {t('cop.register.wholeSeries')}
          </label>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={chosen.length === 0}>
            {t('cop.register.submit')}
          </button>
          {!adding && (
            <button type="button" className="button" onClick={() => setAdding(true)}>
              {t('cop.register.newPerson')}
            </button>
          )}
        </div>
      </form>
      {adding && (
        <NewParticipant
          onDone={async (person) => {
            if (person === null || (await register([person]))) setAdding(false)
          }}
        />
      )}
    </section>
  )
}
