import { sql, type Kysely } from 'kysely'
import type { Migrations } from '../db/index.ts'
import { dialectOf } from '../db/index.ts'

/** Keys 0600–0699 belong to the notify concern. */
export const notifyMigrations: Migrations = {
  '0600_notify_tables': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('notify_channels')
        .addColumn('id', 'integer', (c) => dialectOf(db).serialKey(c))
        // The provincial duty group (省政府办公厅 值班) is the owner ('duty_group', 'province').
        .addColumn('owner_type', 'text', (c) => c.notNull().check(sql`owner_type in ('unit', 'user', 'duty_group')`))
        .addColumn('owner_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        // Secrets are stored here and never returned: the API shows the adapter's publicView.
        .addColumn('config', 'text', (c) => c.notNull())
        .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('last_ok_at', 'text')
        .addColumn('last_error', 'text')
        // 1 = kept by the server from a unit's duty phone (值班电话, SMS); not edited by hand.
        .addColumn('managed', 'integer', (c) => c.notNull().defaultTo(0))
        .execute()
      await db.schema.createIndex('notify_channels_owner').on('notify_channels').columns(['owner_type', 'owner_id']).execute()
      await db.schema
        .createTable('notify_rules')
        .addColumn('owner_type', 'text', (c) => c.notNull())
        .addColumn('owner_id', 'text', (c) => c.notNull())
        .addColumn('causes', 'text', (c) => c.notNull())
        .addColumn('min_interval_min', 'integer', (c) => c.notNull().defaultTo(0))
        // 'HH:MM' 北京时间; both null = no quiet hours.
        .addColumn('quiet_start', 'text')
        .addColumn('quiet_end', 'text')
        .addColumn('include_closed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('notify_rules_pk', ['owner_type', 'owner_id'])
        .execute()
      await db.schema
        .createTable('notify_outbox')
        .addColumn('id', 'integer', (c) => dialectOf(db).serialKey(c))
        // case|cause|recipient|channel|occasion: a second write of the same message is a no-op.
        .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
        .addColumn('case_id', 'integer')
        .addColumn('story_id', 'integer')
        .addColumn('cause', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'integer', (c) => c.notNull())
        .addColumn('recipient_key', 'text', (c) => c.notNull())
        .addColumn('recipient', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'sent', 'failed', 'held')`))
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .addColumn('last_error', 'text')
        .addColumn('last_detail', 'text')
        // The digest that carried this message, when it went in one.
        .addColumn('digest_key', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('notify_outbox_due').on('notify_outbox').columns(['status', 'next_attempt_at']).execute()
      await db.schema.createIndex('notify_outbox_case').on('notify_outbox').columns(['case_id', 'recipient_key']).execute()
      // One row per step taken up the ladder, so a step is taken (and put on the timeline) once.
      await db.schema
        .createTable('notify_escalations')
        .addColumn('case_id', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('step', 'integer', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('notify_escalations_pk', ['case_id', 'kind', 'due_at', 'step'])
        .execute()
      await db.schema.createIndex('notify_outbox_channel').on('notify_outbox').columns(['channel_id', 'status']).execute()
    },
  },
}
