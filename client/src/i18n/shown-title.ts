import { t } from './messages.ts'

/** An item or story its publisher gave no title: every view says 无标题 rather than show nothing or make one up. */
export function shownTitle(title: string | null | undefined): string {
  return title?.trim() ? title : t('item.untitled')
}
