import type { ChannelKind } from '@shared/notify/channels.ts'
import { failureOf, request } from '../../shared/api-error.ts'
import { getJson, sendJson } from '../../shared/api.ts'
import { authHeaders, toLogin } from '../../shared/session.ts'
import type { Delivery, DeliveryStatus, NotifyChannel, NotifyRules, Owner, TestResult } from './notify-types.ts'
import type { ChannelList, RetriedDelivery } from '@shared/api/notify.ts'

const ownerQuery = (o: Owner) => new URLSearchParams({ owner_type: o.type, owner_id: o.id }).toString()

export const fetchChannels = (o: Owner) => getJson<ChannelList>(`/api/notify/channels?${ownerQuery(o)}`)
export const createChannel = (o: Owner, body: { kind: ChannelKind; name: string; config: Record<string, unknown> }) =>
  sendJson<NotifyChannel>('POST', '/api/notify/channels', { owner_type: o.type, owner_id: o.id, ...body })
export const patchChannel = (id: number, body: { name?: string; enabled?: boolean; config?: Record<string, unknown> }) => sendJson<NotifyChannel>('PATCH', `/api/notify/channels/${id}`, body)
/** DELETE answers 204 with no body, which sendJson would try to read as JSON. */
export async function deleteChannel(id: number): Promise<void> {
  const res = await request(`/api/notify/channels/${id}`, { method: 'DELETE', headers: { accept: 'application/json', ...authHeaders('DELETE') } })
  if (res.status === 401) toLogin()
  if (!res.ok) throw await failureOf(res)
}
export const testChannel = (target: { id: number } | { kind: ChannelKind; config: Record<string, unknown> }) =>
  'id' in target ? sendJson<TestResult>('POST', `/api/notify/channels/${target.id}/test`, {}) : sendJson<TestResult>('POST', '/api/notify/channels/test', target)

export interface DeliveryQuery {
  status?: DeliveryStatus
  case_id?: number
  channel_id?: number
  limit?: number
  cursor?: string | number | null
}
export function fetchDeliveries(q: DeliveryQuery): Promise<{ deliveries: Delivery[]; next_cursor: string | number | null }> {
  const p = new URLSearchParams()
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v))
  return getJson(`/api/notify/deliveries?${p}`)
}
export const retryDelivery = (id: number) => sendJson<RetriedDelivery>('POST', `/api/notify/deliveries/${id}/retry`, {})

export const fetchRules = (o: Owner) => getJson<NotifyRules>(`/api/notify/rules?${ownerQuery(o)}`)
export const putRules = (o: Owner, rules: NotifyRules) => sendJson<NotifyRules>('PUT', `/api/notify/rules?${ownerQuery(o)}`, rules)
