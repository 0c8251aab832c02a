import { readonly, ref, shallowReadonly, shallowRef, watch, type Ref } from 'vue'
import type { QueueRow } from '@shared/types/triage.ts'

/**
 * The cursor is a story id, not a position: rows arriving or leaving elsewhere never move it to
 * another story. Only when its own story leaves does it step to the story now in that place.
 */
export function useTriageCursor(rows: Readonly<Ref<readonly QueueRow[]>>) {
  const cursorId = ref<number | null>(null)
  const selected = shallowRef<ReadonlySet<number>>(new Set())

  watch(rows, (list, prev) => {
    const present = new Set(list.map((r) => r.story_id))
    if (cursorId.value !== null && !present.has(cursorId.value)) cursorId.value = successor(prev, present)
    if ([...selected.value].some((id) => !present.has(id))) selected.value = new Set([...selected.value].filter((id) => present.has(id)))
  })

  /** The story that followed the cursor's and is still listed, else the nearest one before it. */
  function successor(prev: readonly QueueRow[], present: ReadonlySet<number>): number | null {
    const at = prev.findIndex((r) => r.story_id === cursorId.value)
    const after = prev.slice(at + 1).find((r) => present.has(r.story_id))
    const before = prev.slice(0, Math.max(0, at)).reverse().find((r) => present.has(r.story_id))
    return (after ?? before)?.story_id ?? null
  }

  function indexOfCursor(): number {
    return rows.value.findIndex((r) => r.story_id === cursorId.value)
  }

  /** Moves by `by` rows; the first move of a page lands on the first row. Returns the new index. */
  function move(by: number): number {
    const list = rows.value
    if (list.length === 0) return -1
    const at = indexOfCursor()
    const next = at < 0 ? 0 : Math.max(0, Math.min(list.length - 1, at + by))
    cursorId.value = list[next]!.story_id
    return next
  }

  function focus(id: number): void {
    cursorId.value = id
  }

  function toggle(id: number | null = cursorId.value): void {
    if (id === null) return
    const next = new Set(selected.value)
    if (!next.delete(id)) next.add(id)
    selected.value = next
  }

  function clearSelection(): void {
    selected.value = new Set()
  }

  /** What an action applies to: the selection in queue order, or else the focused story. */
  function targets(): QueueRow[] {
    if (selected.value.size > 0) return rows.value.filter((r) => selected.value.has(r.story_id))
    const row = rows.value.find((r) => r.story_id === cursorId.value)
    return row ? [row] : []
  }

  return { cursorId: readonly(cursorId), selected: shallowReadonly(selected), move, focus, toggle, clearSelection, targets, indexOfCursor }
}
