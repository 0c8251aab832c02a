import type { Kysely } from 'kysely'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { bulletinFigures, diffBulletins, extensionRows, failedCheckRows, lateRows, returnRows, type BulletinChange } from '@shared/review/bulletin.ts'
import type { ReviewPolicy } from '@shared/review/policy.ts'
import type { ReviewPeriod } from '@shared/review/types.ts'
import type { Database } from '../db/index.ts'
import type { BulletinDocument, BulletinIssue } from './document.ts'
import { loadTimeliness } from './review-data.ts'
import './schema.ts'
import { dialectOf } from '../db/index.ts'

export interface StoredBulletin extends BulletinIssue {
  from: string
  to: string
  document: BulletinDocument
}

/** The bulletin of a period from the live figures, by unit (a draft until issued). */
export async function draftBulletin(db: Kysely<Database>, period: ReviewPeriod, now: Date, policy: ReviewPolicy): Promise<BulletinDocument> {
  const report = await loadTimeliness(db, period, now, 'unit')
  return { figures: bulletinFigures(report, policy), late: lateRows(report), failed_checks: failedCheckRows(report), returns: returnRows(report), extensions: extensionRows(report) }
}

function toStored(row: { id: number; period_from: string; period_to: string; version: number; issued_at: string; issued_by: string; document: string; changes: string }): StoredBulletin {
  return {
    id: row.id,
    from: row.period_from,
    to: row.period_to,
    version: row.version,
    issued_at: row.issued_at,
    issued_by: row.issued_by,
    document: JSON.parse(row.document) as BulletinDocument,
    changes: JSON.parse(row.changes) as BulletinChange[],
  }
}

/**
 * Issues the bulletin of a period: stores its figures as they stand. Issuing again for the same
 * period stores the next version with what changed; identical figures are refused, since a
 * second version that changes nothing would only blur which one counts.
 */
export async function issueBulletin(db: Kysely<Database>, period: ReviewPeriod, actor: string, now: Date, policy: ReviewPolicy): Promise<StoredBulletin> {
  const document = await draftBulletin(db, period, now, policy)
  return db.transaction().execute(async (trx) => {
    // Two reviewers issuing one period at once: the second reads the first's version, not the same number.
    await dialectOf(trx).lockName(trx, `yq:bulletin:${period.from}:${period.to}`)
    const previous = await trx
      .selectFrom('review_bulletins')
      .selectAll()
      .where('period_from', '=', period.from)
      .where('period_to', '=', period.to)
      .orderBy('version', 'desc')
      .executeTakeFirst()
    let changes: BulletinChange[] = []
    if (previous) {
      const before = toStored(previous)
      changes = diffBulletins(before.document.figures, document.figures)
      const lateChanged = JSON.stringify(before.document.late) !== JSON.stringify(document.late) || JSON.stringify(before.document.failed_checks ?? []) !== JSON.stringify(document.failed_checks)
      if (changes.length === 0 && !lateChanged) {
        throw new YqError(ErrorCode.BULLETIN_UNCHANGED, `version ${previous.version} of this period's bulletin already states these figures: nothing to correct`, 409)
      }
      if (changes.length === 0) changes = [{ what: 'late', before: before.document.late.length, after: document.late.length }]
    }
    const row = await trx
      .insertInto('review_bulletins')
      .values({
        period_from: period.from,
        period_to: period.to,
        version: (previous?.version ?? 0) + 1,
        issued_at: now.toISOString(),
        issued_by: actor,
        document: JSON.stringify(document),
        changes: JSON.stringify(changes),
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    return toStored(row)
  })
}

export async function listBulletins(db: Kysely<Database>): Promise<StoredBulletin[]> {
  const rows = await db.selectFrom('review_bulletins').selectAll().orderBy('period_from', 'desc').orderBy('period_to').orderBy('version').execute()
  return rows.map(toStored)
}

export async function findBulletin(db: Kysely<Database>, period: ReviewPeriod, version: number): Promise<StoredBulletin> {
  const row = await db
    .selectFrom('review_bulletins')
    .selectAll()
    .where('period_from', '=', period.from)
    .where('period_to', '=', period.to)
    .where('version', '=', version)
    .executeTakeFirst()
  if (!row) throw new YqError(ErrorCode.BULLETIN_NOT_FOUND, `no version ${version} of the bulletin for ${period.from} – ${period.to}`, 404)
  return toStored(row)
}
