/** How notification facts read on screen: reach marks, the delivery log's order, labels. */
import { CHANNEL_KINDS, NOTIFY_CAUSES, type ChannelKind, type NotifyCause } from '@shared/notify/channels.ts'
import { formatBeijingHm } from '@shared/time.ts'
import { hasMessage, t, type MessageKey } from '../../i18n/messages.ts'
import type { FieldProblem } from './channel-form.ts'
import type { CaseReach, Delivery, DeliveryStatus } from './notify-types.ts'

const maybe = (key: string): string | null => (hasMessage(key) ? t(key) : null)

export type Tone = 'ok' | 'warn' | 'bad' | 'muted'

/** The wall's mark for an overdue case: reached at hh:mm (北京时间), or plainly not. */
export function reachMark(reach: CaseReach | null | undefined): { text: string; tone: Tone } {
  const r = reach ?? { state: 'none', at: null }
  if (r.state === 'sent') return { text: t('notify.reach.sent', { at: r.at ? formatBeijingHm(r.at) : '' }).trim(), tone: 'ok' }
  if (r.state === 'pending') return { text: t('notify.reach.pending'), tone: 'warn' }
  return { text: t(r.state === 'failed' ? 'notify.reach.failed' : 'notify.reach.none'), tone: 'bad' }
}

const STATUS_RANK: Record<DeliveryStatus, number> = { failed: 0, held: 1, pending: 2, sent: 3 }

/** Failures first (they need someone), then held, pending, sent; newest first within each. */
export function sortDeliveries(list: readonly Delivery[]): Delivery[] {
  return [...list].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || b.created_at.localeCompare(a.created_at) || b.id - a.id)
}

/** Adds a page of the log to what is shown, replacing rows that changed, without duplicates. */
export function mergeDeliveries(shown: readonly Delivery[], fresh: readonly Delivery[]): Delivery[] {
  const byId = new Map(shown.map((d) => [d.id, d]))
  for (const d of fresh) byId.set(d.id, d)
  return sortDeliveries([...byId.values()])
}

/** A deleted channel's log rows name their kind `unknown`: shown as written rather than failing the page. */
export const kindLabel = (kind: ChannelKind | string): string => (CHANNEL_KINDS.includes(kind as ChannelKind) ? t(`notify.kind.${kind}` as MessageKey) : kind)
export const causeLabel = (cause: NotifyCause | string): string => (NOTIFY_CAUSES.includes(cause as NotifyCause) ? t(`notify.cause.${cause}` as MessageKey) : cause)
export const statusLabel = (s: DeliveryStatus): string => t(`notify.status.${s}` as MessageKey)
/** A field CHANNEL_SPECS gains before the message table does shows its key, never breaks the form. */
export const fieldLabel = (kind: ChannelKind, name: string): string => maybe(`notify.field.${kind}.${name}`) ?? name
export const optionLabel = (value: string): string => maybe(`notify.option.${value}`) ?? value
export const problemText = (p: FieldProblem): string => t(`notify.problem.${p}` as MessageKey)

/** A count for the top of the page: a full page means there may be more. */
export function countText(n: number, pageFull: boolean): string {
  return pageFull ? t('notify.countMore', { n }) : String(n)
}
