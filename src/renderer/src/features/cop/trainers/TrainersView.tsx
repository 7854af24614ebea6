import '../trainer-catalog'
import { useState } from 'react'
import { useText } from '@renderer/i18n'
import { PageHeading } from '@renderer/features/members/records/PageHeading'
import { useLoaded } from '@renderer/ui/use-loaded'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { CopNav } from '../CopNav'
import { copCalls } from '../store'
import { AspectFilter } from './AspectFilter'
import { CascadeTree } from './CascadeTree'
import { TrainerTable } from './TrainerTable'
import '../cop.css'
import './trainers.css'

const wholeCascade = () => copCalls.cascade(null)

/** Every trainer with their reach, and below them the cascade of ToTs they came from and led. */
export function TrainersView() {
  const t = useText()
  const [aspect, setAspect] = useState<string | null>(null)
  const trainers = useLoaded(copCalls.trainers)
  const cascade = useLoaded(wholeCascade)
  const shown = trainers.value?.filter((trainer) => aspect === null || trainer.aspect === aspect)
  return (
    <div className="cop-page">
      <CopNav current="trainers" />
      <PageHeading>{t('copTrainers.list.title')}</PageHeading>
      <p className="hint">{t('copTrainers.list.lead')}</p>
      <div className="cop-filter">
        <AspectFilter value={aspect} onChange={setAspect} />
      </div>
      <ErrorAlert error={trainers.error ?? cascade.error} />
      {shown && (
        <section className="cop-section" aria-labelledby="cop-trainers-title">
          <h2 id="cop-trainers-title">{t('copTrainers.list.heading')}</h2>
          {shown.length === 0 ? (
            <p className="notice">{t(aspect === null ? 'copTrainers.list.empty' : 'copTrainers.list.noMatch')}</p>
          ) : (
            <TrainerTable trainers={shown} />
          )}
        </section>
      )}
      {cascade.value && <CascadeTree cascade={cascade.value} aspect={aspect} />}
    </div>
  )
}
