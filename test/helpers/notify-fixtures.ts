import type { FastifyInstance } from 'fastify'
import type { Case } from '@shared/types/case.ts'
import { api, HOUR_MS, insertItem } from './case-fixtures.ts'
import { json, startChannelServer, type ChannelServer, type ReceivedRequest } from './channel-server.ts'

export const WEBHOOK_SECRET = 'whsec-notify-core-test'

/** A loopback webhook receiver that answers 204 and keeps every request; `bodies()` parses them. */
export async function webhookReceiver(): Promise<ChannelServer & { bodies: () => Record<string, unknown>[] }> {
  const server = await startChannelServer((_req, res) => res.writeHead(204).end())
  return Object.assign(server, { bodies: () => server.received.map((r: ReceivedRequest) => JSON.parse(r.text) as Record<string, unknown>) })
}

export { json }

/** Adds a channel through the API as the admin. */
export async function addChannel(baseUrl: string, owner: { owner_type: string; owner_id: string }, kind: string, name: string, config: Record<string, unknown>): Promise<{ id: number }> {
  const res = await api<{ id: number }>(baseUrl, 'POST', '/api/notify/channels', { ...owner, kind, name, config })
  if (res.status !== 201) throw new Error(`add channel: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

/** Opens a case on a unit with an item first seen `ageMs` ago. */
export async function openCase(app: FastifyInstance, baseUrl: string, opts: { title?: string; level?: string; kind?: 'incident' | 'opinion'; unit_id?: string; ageMs?: number } = {}): Promise<Case> {
  const title = opts.title ?? '济南市历下区一化工厂发生爆炸'
  const unit = opts.unit_id ?? '370102'
  const item = await insertItem(app, new Date(Date.now() - (opts.ageMs ?? HOUR_MS)), title, unit)
  const res = await api(baseUrl, 'POST', '/api/cases', { title, kind: opts.kind ?? 'incident', level: opts.level ?? 'II', item_ids: [item], unit_id: unit })
  if (res.status !== 201) throw new Error(`open case: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const v = await check()
    if (v !== undefined && v !== false) return v
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}
