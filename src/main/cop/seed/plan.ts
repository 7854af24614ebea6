import type { SessionFormat } from '../../../shared/cop'
import { weighted, type generator } from '../../members/seed'
import { aspectVocabulary, titles, type AspectVocabulary } from './vocabulary'

export type Random = ReturnType<typeof generator>

/** A session on the calendar before it is written: local days and minutes where the hub is. */
export interface PlannedSession {
  aspect: AspectVocabulary
  format: SessionFormat
  title: string
  moduleReference: string | null
  day: number
  startMinute: number
  /** Calendar days it spans; each runs `dailyMinutes` from `startMinute`. */
  days: number
  dailyMinutes: number
  status: 'done' | 'planned' | 'cancelled'
  online: boolean
  /** How many register, within the capacity. */
  size: [number, number]
  capacity: number | null
  series?: { index: number; part: number }
  /** A ToT: the chain of ToTs of its aspect it belongs to, and its place there. */
  chain?: { index: number; step: number }
}

/** The days back from today the calendar covers; planned sessions lie up to 75 days ahead. */
const SPAN = 730
/** ToTs of one chain lie at least this many days apart, so each generation trains before the next ToT. */
const GENERATION_GAP = 45
/** As many ToTs as fit one chain at that distance, a few days each; more sessions get more of the rest. */
const MAX_CHAIN = Math.floor((SPAN - 60) / (GENERATION_GAP + 10))

type Regular = Exclude<SessionFormat, 'tot'>
const formatWeights: [Regular, number][] = [
  ['webinar', 0.3],
  ['online_training', 0.2],
  ['offline_training', 0.2],
  ['mentoring', 0.12],
  ['cop_discussion', 0.18],
]

interface Shape {
  starts: number[]
  days: [number, number]
  minutes: number[]
  size: [number, number]
  capacity: number | null
  online: number
}
const hour = (h: number, m = 0) => h * 60 + m
/** A day of training runs 08.00–16.00; webinars and discussions fit around office hours. */
const shapes: Record<SessionFormat, Shape> = {
  webinar: {
    starts: [hour(9), hour(13, 30), hour(19, 30)],
    days: [1, 1],
    minutes: [120, 150],
    size: [25, 60],
    capacity: 100,
    online: 1,
  },
  online_training: {
    starts: [hour(9), hour(13)],
    days: [1, 1],
    minutes: [180, 240],
    size: [18, 32],
    capacity: 40,
    online: 1,
  },
  offline_training: { starts: [hour(8)], days: [1, 2], minutes: [480], size: [16, 28], capacity: 30, online: 0 },
  tot: { starts: [hour(8)], days: [2, 3], minutes: [480], size: [15, 24], capacity: 25, online: 0 },
  mentoring: {
    starts: [hour(9), hour(10), hour(14)],
    days: [1, 1],
    minutes: [120],
    size: [4, 10],
    capacity: 12,
    online: 0.5,
  },
  cop_discussion: {
    starts: [hour(15, 30), hour(19, 30)],
    days: [1, 1],
    minutes: [90, 120],
    size: [10, 24],
    capacity: null,
    online: 0.7,
  },
}

/** `count` distinct items in random order: a partial Fisher–Yates shuffle of a copy. */
export function draw<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items]
  const n = Math.min(count, pool.length)
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random.next() * (pool.length - i))
    ;[pool[i], pool[j]] = [pool[j] as T, pool[i] as T]
  }
  return pool.slice(0, n)
}

function planned(
  random: Random,
  aspect: AspectVocabulary,
  format: SessionFormat,
  title: string,
  moduleReference: string | null,
  day: number,
  status: PlannedSession['status'],
): PlannedSession {
  const shape = shapes[format]
  return {
    aspect,
    format,
    title,
    moduleReference,
    day,
    startMinute: random.pick(shape.starts),
    days: random.int(...shape.days),
    dailyMinutes: random.pick(shape.minutes),
    status,
    online: random.chance(shape.online),
    size: shape.size,
    capacity: shape.capacity,
  }
}

/**
 * The calendar of `count` sessions over the last two years, in date order: ToT chains per aspect
 * (each ToT's graduates facilitate the next, so a chain of three makes three generations),
 * four-part webinar series a week apart, and sessions of the other formats, a few cancelled and a
 * few still planned.
 */
export function planSessions(random: Random, count: number, today: number): PlannedSession[] {
  const aspects = draw(random, aspectVocabulary, aspectVocabulary.length)
  const calendar: PlannedSession[] = []
  const start = today - SPAN

  // About one session in ten is a ToT, three or more to a chain from fifty sessions on.
  const wanted = count >= 5 ? Math.max(1, Math.round(count / 10)) : 0
  const chains = Math.min(aspects.length, Math.ceil(wanted / 3))
  let tots = 0
  for (let chain = 0; chain < chains; chain++) {
    const aspect = aspects[chain] as AspectVocabulary
    const length = Math.min(MAX_CHAIN, Math.floor(wanted / chains) + (chain < wanted % chains ? 1 : 0))
    tots += length
    const stride = Math.floor((SPAN - 60) / length)
    for (let step = 0; step < length; step++) {
      const day = start + step * stride + random.int(0, stride - GENERATION_GAP)
      const title = `ToT Fasilitator ${aspect.label} Angkatan ${step + 1}`
      const module = `Modul ToT ${aspect.modulePrefix} (Panduan Fasilitator)`
      calendar.push({ ...planned(random, aspect, 'tot', title, module, day, 'done'), chain: { index: chain, step } })
    }
  }

  const series = Math.min(count >= 12 ? Math.max(1, Math.floor(count / 30)) : 0, Math.floor((count - tots) / 4))
  for (let index = 0; index < series; index++) {
    const aspect = aspects[index % aspects.length] as AspectVocabulary
    const first = random.int(start + 14, today - 40)
    aspect.series.parts.forEach((part, n) => {
      const title = `${aspect.series.title} (${n + 1}/4): ${part}`
      const webinar = planned(random, aspect, 'webinar', title, null, first + 7 * n, 'done')
      calendar.push({ ...webinar, startMinute: hour(13, 30), series: { index, part: n + 1 } })
    })
  }

  const regular = count - tots - 4 * series
  const cancelled = regular >= 20 ? Math.round(regular * 0.04) : 0
  const ahead = regular >= 10 ? Math.max(1, Math.round(regular * 0.07)) : 0
  for (let n = 0; n < regular; n++) {
    const aspect = random.pick(aspects)
    const format = weighted(random.next(), formatWeights)
    const topic = random.int(0, aspect.topics.length - 1)
    const title = titles[format].replace('{topic}', aspect.topics[topic] as string)
    const module =
      format === 'cop_discussion' ? null : `Modul ${aspect.modulePrefix}-${String(topic + 1).padStart(2, '0')}`
    // A session held ends before today; one cancelled may have been due either side of it.
    const status = n < cancelled ? 'cancelled' : n < cancelled + ahead ? 'planned' : 'done'
    const day =
      status === 'cancelled'
        ? random.int(start, today + 60)
        : status === 'planned'
          ? random.int(today + 2, today + 75)
          : random.int(start, today - 2)
    calendar.push(planned(random, aspect, format, title, module, day, status))
  }
  return calendar.sort((a, b) => a.day - b.day || a.startMinute - b.startMinute)
}
