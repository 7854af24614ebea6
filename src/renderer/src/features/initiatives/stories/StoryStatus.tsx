import type { StoryStatus as Status } from '@shared/stories'
import { useText } from '@renderer/i18n'

export function StoryStatus({ status }: { status: Status }) {
  const t = useText()
  return <span className={`story-status story-status--${status}`}>{t(`storyScreen.statuses.${status}`)}</span>
}
