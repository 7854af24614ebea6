import './AboutSection.css'
import type { AppInfo } from '@shared/hub'
import { useText } from '@renderer/i18n'
import { Details } from '@renderer/ui/Details'

export function AboutSection({ info }: { info: AppInfo }) {
  const t = useText()
  return (
    <section aria-labelledby="about-title" className="card">
      <h2 id="about-title">{t('about.title')}</h2>
      <Details rows={[[t('about.version'), info.version]]} />
      <h3>{t('about.referenceData')}</h3>
      {info.referenceData.map((data) => (
        <div key={data.dataset} className="stack stack--tight">
          <Details
            rows={[
              [t('about.dataset'), data.dataset],
              [t('about.dataVersion'), data.version],
              [t('about.license'), data.license],
            ]}
          />
          {/* The licence asks for this notice as given, so it is shown in its own (English) words. */}
          <blockquote lang="en" className="attribution">
            {data.attribution}
          </blockquote>
          {data.license === 'ODbL-1.0' && <p>{t('about.odbl')}</p>}
        </div>
      ))}
    </section>
  )
}
