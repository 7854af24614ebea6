import { useText } from '@renderer/i18n'
import { RecordSearch } from '@renderer/features/members/records/RecordSearch'
import type { InitiativeDraft } from './draft'

/** The lead OMS and the partner OMS, each found in the member directory by typing part of its name. */
export function OrganisationFields({
  draft,
  errors,
  onChange,
}: {
  draft: InitiativeDraft
  errors: Record<string, string>
  onChange(patch: Partial<InitiativeDraft>): void
}) {
  const t = useText()
  const chosen = new Set([draft.leadOrganisationId, ...draft.partners.map((partner) => partner.id)])
  return (
    <fieldset>
      <legend>{t('initiativeForm.organisations')}</legend>
      <h2 className="initiative-form__label">{t('initiativeForm.lead.label')}</h2>
      <p>{draft.leadName ? <strong>{draft.leadName}</strong> : t('initiativeForm.lead.none')}</p>
      <RecordSearch
        kind="organisation"
        name="leadOrganisationId"
        label={t('initiativeForm.lead.find')}
        error={errors.leadOrganisationId}
        excludeId={draft.leadOrganisationId}
        action={(hit) => (
          <button
            type="button"
            className="button"
            onClick={() =>
              onChange({
                leadOrganisationId: hit.id,
                leadName: hit.name,
                // The lead is not also its own partner.
                partners: draft.partners.filter((partner) => partner.id !== hit.id),
              })
            }
          >
            {t('initiativeForm.lead.choose', { name: hit.name })}
          </button>
        )}
      />

      <h2 className="initiative-form__label">{t('initiativeForm.partners.label')}</h2>
      {draft.partners.length === 0 ? (
        <p>{t('initiativeForm.partners.none')}</p>
      ) : (
        <ul className="initiative-form__partners">
          {draft.partners.map((partner) => (
            <li key={partner.id}>
              <strong>{partner.name}</strong>{' '}
              <button
                type="button"
                className="button"
                onClick={() => onChange({ partners: draft.partners.filter((each) => each.id !== partner.id) })}
              >
                {t('initiativeForm.partners.remove', { name: partner.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <RecordSearch
        kind="organisation"
        name="partnerOrganisationIds"
        label={t('initiativeForm.partners.find')}
        error={errors.partnerOrganisationIds}
        action={(hit) =>
          chosen.has(hit.id) ? (
            <span>
              {hit.name} ({t('initiativeForm.partners.chosen')})
            </span>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => onChange({ partners: [...draft.partners, { id: hit.id, name: hit.name }] })}
            >
              {t('initiativeForm.partners.add', { name: hit.name })}
            </button>
          )
        }
      />
    </fieldset>
  )
}
