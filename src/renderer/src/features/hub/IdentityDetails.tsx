import { useLanguage } from '../language/store'
import { formatDateTime } from '@shared/format'
import type { HubIdentity } from '@shared/hub'
import { formatPhone } from '@shared/phone'
import { useText } from '@renderer/i18n'
import { Details } from '@renderer/ui/Details'
import { zoneLabel } from '@renderer/ui/zone'

export function IdentityDetails({ identity }: { identity: HubIdentity }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const orMissing = (value: string | null) => value ?? <span className="muted">{t('app.notRecorded')}</span>
  return (
    <Details
      rows={[
        [t('identity.name'), identity.name],
        [t('identity.role'), t(`role.${identity.role}`)],
        identity.provinceName !== null && [t('identity.province'), identity.provinceName],
        [t('identity.timeZone'), zoneLabel(identity.timeZone)],
        [t('identity.contactName'), orMissing(identity.contactName)],
        [t('identity.contactPhone'), orMissing(identity.contactPhone && formatPhone(identity.contactPhone))],
        [t('identity.contactEmail'), orMissing(identity.contactEmail)],
        [t('identity.hubId'), <code>{identity.hubId}</code>],
        [t('identity.createdAt'), formatDateTime(identity.createdAt, identity.timeZone, language)],
      ]}
    />
  )
}
