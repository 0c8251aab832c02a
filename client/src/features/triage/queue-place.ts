import type { QueueRow } from '@shared/types/triage.ts'

export type QueueOrder = (a: QueueRow, b: QueueRow) => number

/**
 * The client holds the first pages of a keyset-paged view, in the server's order. The server's
 * cursor points just after `boundary`, the last row of the last page read (null once the end is
 * reached). A row that sorts after the boundary belongs to a page not yet read: that page brings it,
 * so placing it now would put it out of order and placing it twice would show it twice.
 */
export function placeRow(rows: readonly QueueRow[], row: QueueRow, order: QueueOrder, boundary: QueueRow | null): QueueRow[] {
  // Taken out and put back where it sorts now: a report can raise its level, and so its place.
  const next = rows.filter((r) => r.story_id !== row.story_id)
  if (boundary && order(row, boundary) > 0) return next
  const at = next.findIndex((r) => order(row, r) < 0)
  next.splice(at < 0 ? next.length : at, 0, row)
  return next
}

/**
 * A page read from the server joined to what is loaded, then the stories read one by one while that
 * page was on its way applied again: the page may have been read before they arrived (a hole), before
 * they changed (a stale copy) or before they left the view (a ghost, `null`); theirs is the fresher reading.
 */
export function mergePage(rows: readonly QueueRow[], page: readonly QueueRow[], fresher: ReadonlyMap<number, QueueRow | null>, order: QueueOrder, boundary: QueueRow | null): QueueRow[] {
  const known = new Set(rows.map((r) => r.story_id))
  let next = [...rows, ...page.filter((r) => !known.has(r.story_id))]
  for (const [id, row] of fresher) next = row ? placeRow(next, row, order, boundary) : next.filter((r) => r.story_id !== id)
  return next
}
