import type { Kysely } from 'kysely'
import type { Database } from '../db/index.ts'
import { unitDutyPhones } from '../cases/index.ts'
import './schema.ts'

/** SMS reaches mobiles only; a landline 值班电话 is called, not texted. */
const MOBILE = /^1[3-9]\d{9}$/
export const DUTY_PHONE_CHANNEL_NAME = '值班电话（短信）'

/**
 * With an SMS provider configured, each unit's mobile duty phone is one of its channels: kept by
 * the server (`managed`), added, changed and removed as the unit's entry changes. Only the
 * difference is written, so a pass with nothing new is two reads.
 */
export async function syncDutyPhoneChannels(db: Kysely<Database>, now: Date): Promise<number> {
  const units = await unitDutyPhones(db)
  const phones = new Map<string, string>()
  for (const u of units) {
    const phone = (u.duty_phone ?? '').replace(/[\s-]/g, '')
    if (MOBILE.test(phone)) phones.set(u.id, phone)
  }
  const managed = await db.selectFrom('notify_channels').select(['id', 'owner_id', 'config']).where('managed', '=', 1).execute()
  const nowIso = now.toISOString()
  let changed = 0
  for (const ch of managed) {
    const phone = phones.get(ch.owner_id)
    if (!phone) {
      await db.deleteFrom('notify_channels').where('id', '=', ch.id).execute()
      changed++
    } else if (ch.config !== JSON.stringify({ phones: [phone] })) {
      await db.updateTable('notify_channels').set({ config: JSON.stringify({ phones: [phone] }), updated_at: nowIso }).where('id', '=', ch.id).execute()
      changed++
    }
    phones.delete(ch.owner_id)
  }
  for (const [unit, phone] of phones) {
    await db
      .insertInto('notify_channels')
      .values({ owner_type: 'unit', owner_id: unit, kind: 'sms', name: DUTY_PHONE_CHANNEL_NAME, config: JSON.stringify({ phones: [phone] }), managed: 1, created_at: nowIso, updated_at: nowIso })
      .execute()
    changed++
  }
  return changed
}
