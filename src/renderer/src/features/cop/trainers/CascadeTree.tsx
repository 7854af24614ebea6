import { useState, type ReactNode } from 'react'
import type { Cascade, CascadeSession, CascadeTrainer } from '@shared/cop'
import { useText } from '@renderer/i18n'
import { countedText } from '@renderer/i18n/counted'
import { useDates } from '@renderer/ui/dates'
import { useAspects } from '../aspects'
import { copHref } from '../routes'
import { generationsOf } from './generations'
import '@renderer/ui/Badge.css'
import './trainers.css'

/** Which branches are open: at first the first generation only, so a large cascade starts short. */
type Opened = 'first' | 'all' | 'none'

/**
 * The cascade as nested lists, a branch a native details element: Enter or Space on its summary
 * opens and closes it, and a screen reader hears the nesting as list levels. Links sit beside the
 * summaries rather than inside them, where they would compete with the toggle.
 */
export function CascadeTree({ cascade, aspect }: { cascade: Cascade; aspect: string | null }) {
  const t = useText()
  // Each "open/close all" remounts the tree, so every branch starts again from the choice made.
  const [opened, setOpened] = useState<{ mode: Opened; round: number }>({ mode: 'first', round: 0 })
  const roots = cascade.roots.filter((root) => aspect === null || root.aspect === aspect)
  const generations = generationsOf(roots)
  const openAll = (mode: Opened) => setOpened(({ round }) => ({ mode, round: round + 1 }))
  return (
    <section className="cop-section" aria-labelledby="cop-cascade-title">
      <h2 id="cop-cascade-title">{t('copTrainers.cascade.heading')}</h2>
      {roots.length === 0 ? (
        <p className="notice">{t(aspect === null ? 'copTrainers.cascade.empty' : 'copTrainers.cascade.noMatch')}</p>
      ) : (
        <>
          <p className="hint">{t('copTrainers.cascade.lead')}</p>
          <p className="cop-cascade-depth">
            {generations > 0
              ? countedText(t, 'copTrainers.cascade.generations_other', generations)
              : countedText(t, 'copTrainers.cascade.noGraduates_other', roots.length)}
          </p>
          {generations > 0 && (
            <div className="cop-actions" role="group" aria-label={t('copTrainers.cascade.actions')}>
              <button type="button" className="button" onClick={() => openAll('all')}>
                {t('copTrainers.cascade.openAll')}
              </button>
              <button type="button" className="button" onClick={() => openAll('none')}>
                {t('copTrainers.cascade.closeAll')}
              </button>
            </div>
          )}
          <ul key={opened.round} className="cop-cascade">
            {roots.map((root) => (
              <SessionNode key={root.id} session={root} depth={0} mode={opened.mode} />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

interface NodeProps {
  /** Generations above this node: 0 for a first ToT, 1 for its graduates and the sessions they led. */
  depth: number
  mode: Opened
}

const isOpen = (mode: Opened, depth: number) => mode === 'all' || (mode === 'first' && depth === 0)

function SessionNode({ session, depth, mode }: NodeProps & { session: CascadeSession }) {
  const t = useText()
  const { date } = useDates()
  const aspects = useAspects()
  const facts = [
    aspects.name(session.aspect),
    date(session.startsAt),
    countedText(t, 'copTrainers.cascade.attended_other', session.participants),
    session.graduates.length > 0 && countedText(t, 'copTrainers.cascade.graduates_other', session.graduates.length),
  ]
  return (
    <Node
      badge={<span className="badge badge--info">{t(`cop.format.${session.format}`)}</span>}
      name={session.title}
      facts={facts.filter(Boolean).join(' · ')}
      href={copHref({ view: 'session', id: session.id })}
      linkText={t('copTrainers.cascade.openSession', { title: session.title })}
      open={isOpen(mode, depth)}
    >
      {session.graduates.map((trainer) => (
        <TrainerNode key={trainer.trainerId} trainer={trainer} depth={depth + 1} mode={mode} />
      ))}
    </Node>
  )
}

function TrainerNode({ trainer, depth, mode }: NodeProps & { trainer: CascadeTrainer }) {
  const t = useText()
  const { reach } = trainer
  return (
    <Node
      badge={<span className="badge badge--good">{t('copTrainers.cascade.generation', { count: depth })}</span>}
      name={trainer.name}
      facts={
        reach.sessionsLed === 0
          ? t('copTrainers.reach.none')
          : t('copTrainers.reach.summary', {
              sessions: reach.sessionsLed,
              participants: reach.uniqueParticipants,
              organisations: reach.organisationsReached,
              regencies: reach.regenciesReached,
            })
      }
      href={copHref({ view: 'trainer', personId: trainer.personId })}
      linkText={t('copTrainers.cascade.openTrainer', { name: trainer.name })}
      open={isOpen(mode, depth)}
    >
      {trainer.sessions.map((session) => (
        <SessionNode key={session.id} session={session} depth={depth} mode={mode} />
      ))}
    </Node>
  )
}

interface Branch {
  badge: ReactNode
  name: string
  facts: string
  href: string
  /** The link's text where the name is the summary's, and so cannot be the link. */
  linkText: string
  open: boolean
  children: ReactNode[]
}

/** A node: a leaf is its linked name; a branch opens onto the link and the nodes below it. */
function Node({ badge, name, facts, href, linkText, open, children }: Branch) {
  if (children.length === 0)
    return (
      <li className="cop-cascade__leaf">
        {badge}{' '}
        <a href={href} className="cop-cascade__name">
          {name}
        </a>{' '}
        <span className="hint">{facts}</span>
      </li>
    )
  return (
    <li>
      <details open={open}>
        <summary>
          {badge} <span className="cop-cascade__name">{name}</span> <span className="hint">{facts}</span>
        </summary>
        <p className="cop-cascade__link">
          <a href={href}>{linkText}</a>
        </p>
        <ul>{children}</ul>
      </details>
    </li>
  )
}
