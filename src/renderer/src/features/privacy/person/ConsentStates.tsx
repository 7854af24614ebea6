import type { ConsentState, PersonPrivacy } from '@shared/privacy'
import { useText, type Translate } from '@renderer/i18n'

type Standing = 'given' | 'withdrawn' | 'none'

/** What a purpose's consent amounts to now, in words, and how it is marked. */
function consentStanding(t: Translate, consent: ConsentState): { standing: Standing; text: string } {
  const { given, record } = consent
  if (given && !record) return { standing: 'given', text: t('personPrivacy.state.givenEarlier') }
  if (!record) return { standing: 'none', text: t('personPrivacy.state.none') }
  if (record.action === 'withdrawn')
    return { standing: 'withdrawn', text: t('personPrivacy.state.withdrawn', { date: record.recordedOn }) }
  // Given, but by someone under 18 without a guardian: main does not count it (privacy/sync.ts).
  if (!given) return { standing: 'none', text: t('personPrivacy.state.pending', { date: record.recordedOn }) }
  return {
    standing: 'given',
    text: record.guardianName
      ? t('personPrivacy.state.givenGuardian', { date: record.recordedOn, guardian: record.guardianName })
      : t('personPrivacy.state.given', { date: record.recordedOn }),
  }
}

/** The four purposes, what each means in plain words, and the consent in force for each now. */
export function ConsentStates({ privacy }: { privacy: PersonPrivacy }) {
  const t = useText()
  return (
    <table className="plain-table person-privacy__purposes">
      <caption className="visually-hidden">{t('personPrivacy.purposes.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('personPrivacy.purposes.purpose')}</th>
          <th scope="col">{t('personPrivacy.purposes.meaning')}</th>
          <th scope="col">{t('personPrivacy.purposes.state')}</th>
        </tr>
      </thead>
      <tbody>
        {privacy.consents.map((consent) => {
          const { standing, text } = consentStanding(t, consent)
          return (
            <tr key={consent.purpose}>
              <th scope="row">{t(`personPrivacy.purpose.${consent.purpose}`)}</th>
              <td>{t(`personPrivacy.meaning.${consent.purpose}`)}</td>
              <td>
                <span className={`person-privacy__state person-privacy__state--${standing}`}>{text}</span>
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
