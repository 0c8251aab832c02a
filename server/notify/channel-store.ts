import type { Kysely } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { CHANNEL_SPECS, type ChannelKind } from '@shared/notify/channels.ts'
import type { Database } from '../db/index.ts'
import { checkFeedUrl } from '../ingest/index.ts'
import type { ChannelAdapter } from './channels/channel.ts'
import type { NotifyChannelRow } from './schema.ts'
import type { NotifyChannel } from '@shared/api/notify.ts'
import type { OwnerType } from '@shared/notify/owners.ts'
import './schema.ts'

/** A channel as the API shows it: its wire shape is shared/api/notify.ts, the page reads the same. */
export type ChannelJson = NotifyChannel

type Adapters = Readonly<Record<ChannelKind, ChannelAdapter>>
type StoredChannel = Omit<NotifyChannelRow, 'id' | 'enabled' | 'last_ok_at' | 'last_error' | 'managed'> & { id: number; enabled: number; last_ok_at: string | null; last_error: string | null; managed: number }

const secretFields = (kind: ChannelKind) => CHANNEL_SPECS[kind].fields.filter((f) => f.type === 'secret').map((f) => f.name)

/** What the API shows: the adapter's public view; secrets never leave the server. */
export function toChannelJson(row: StoredChannel, adapters: Adapters): ChannelJson {
  const kind = row.kind as ChannelKind
  const stored = JSON.parse(row.config) as Record<string, unknown>
  let config: Record<string, unknown>
  try {
    config = adapters[kind].publicView(adapters[kind].validate(stored))
  } catch {
    config = {}
  }
  return {
    id: row.id,
    owner_type: row.owner_type as OwnerType,
    owner_id: row.owner_id,
    kind,
    name: row.name,
    enabled: row.enabled === 1,
    config,
    has_secret: secretFields(kind).some((f) => typeof stored[f] === 'string' && stored[f] !== ''),
    managed: row.managed === 1,
    last_ok_at: row.last_ok_at,
    last_error: row.last_error,
    created_at: row.created_at,
  }
}

/**
 * Untrusted config → the config to store: only the kind's own fields (an unknown one is refused by
 * name), secret fields omitted or empty keep the stored value, then the adapter validates it, and
 * URLs on private addresses are refused unless the deployment allows them.
 */
export async function acceptConfig(kind: ChannelKind, raw: Record<string, unknown>, previous: Record<string, unknown> | null, adapters: Adapters, allowPrivate: boolean): Promise<Record<string, unknown>> {
  const fields = CHANNEL_SPECS[kind].fields
  const unknown = Object.keys(raw).filter((k) => !fields.some((f) => f.name === k))
  if (unknown.length > 0) throw new YqError(ErrorCode.CHANNEL_CONFIG, `${unknown[0]}: not a field of a ${kind} channel (fields: ${fields.map((f) => f.name).join(', ')})`)
  const merged: Record<string, unknown> = { ...raw }
  for (const f of secretFields(kind)) {
    if ((merged[f] === undefined || merged[f] === '') && previous && previous[f] !== undefined) merged[f] = previous[f]
  }
  const valid = adapters[kind].validate(merged) as Record<string, unknown>
  for (const f of fields) {
    if (f.type === 'url' && typeof valid[f.name] === 'string') await checkFeedUrl(valid[f.name] as string, allowPrivate)
  }
  return valid
}

export async function requireChannel(db: Kysely<Database>, id: number): Promise<StoredChannel> {
  const row = await db.selectFrom('notify_channels').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new YqError(ErrorCode.CHANNEL_NOT_FOUND, `no channel ${id}`, 404)
  return row as StoredChannel
}
