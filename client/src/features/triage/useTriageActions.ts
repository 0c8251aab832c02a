import { readonly, ref, shallowReadonly, shallowRef } from 'vue'
import { t } from '../../i18n/messages.ts'
import { dismissStories, linkCase, openCase, undoDismiss, watchStories, type CaseDraft, type Decided } from './api.ts'
import { ErrorCode } from '@shared/errors.ts'

export interface TriageNotice {
  kind: 'ok' | 'conflict' | 'error'
  text: string
}

export interface UndoOffer {
  ids: number[]
  until: string
}

interface Hooks {
  /** Who holds a story, from the live claims, for a conflict message that names them. */
  holderOf: (ids: readonly number[]) => string | null
  /** Ask the server again about stories a conflict says have changed. */
  refresh: (ids: readonly number[]) => void
  /** The stories left this operator's queue. */
  decided: (ids: readonly number[]) => void
}

/** A refusal in the operator's words: a conflict says someone else got there first. */
export function describeFailure(e: unknown, holder: string | null): TriageNotice {
  const code = (e as { code?: string }).code
  if (code === ErrorCode.STORY_TRIAGED || code === ErrorCode.ITEM_ALREADY_LINKED) return { kind: 'conflict', text: t('triage.conflict.triaged') }
  if (code === ErrorCode.STORY_CLAIMED) return { kind: 'conflict', text: holder ? t('triage.conflict.claimedBy', { name: holder }) : t('triage.conflict.claimed') }
  if (code === ErrorCode.CASE_CLOSED) return { kind: 'conflict', text: t('triage.conflict.caseClosed') }
  if (code === ErrorCode.UNDO_EXPIRED) return { kind: 'error', text: t('triage.undo.expired') }
  return { kind: 'error', text: t('triage.failed', { message: (e as Error).message }) }
}

/** The four decisions and the undo of a dismissal, with what the operator is told after each. */
export function useTriageActions(hooks: Hooks) {
  const notice = shallowRef<TriageNotice | null>(null)
  const undo = shallowRef<UndoOffer | null>(null)
  const busy = ref(false)

  async function run(ids: number[], call: () => Promise<Decided>, done: (r: Decided) => TriageNotice): Promise<boolean> {
    busy.value = true
    try {
      const result = await call()
      hooks.decided(ids)
      notice.value = done(result)
      return true
    } catch (e) {
      notice.value = describeFailure(e, hooks.holderOf(ids))
      if (notice.value.kind === 'conflict') hooks.refresh(ids)
      return false
    } finally {
      busy.value = false
    }
  }

  const caseLabel = (r: Decided) => `#${r.case?.id ?? r.triaged.case_id ?? ''}`
  const openStories = (ids: number[], draft: CaseDraft) =>
    run(ids, () => openCase(ids, draft), (r) => ({ kind: 'ok', text: t('triage.done.opened', { n: ids.length, case: caseLabel(r) }) }))
  const linkStories = (ids: number[], caseId: number) =>
    run(ids, () => linkCase(ids, caseId), (r) => ({ kind: 'ok', text: t('triage.done.linked', { n: ids.length, case: caseLabel(r) }) }))
  const watch = (ids: number[]) => run(ids, () => watchStories(ids), () => ({ kind: 'ok', text: t('triage.done.watch', { n: ids.length }) }))
  async function dismiss(ids: number[], reason: string): Promise<boolean> {
    return run(
      ids,
      () => dismissStories(ids, reason),
      (r) => {
        if (r.triaged.undo_until) undo.value = { ids, until: r.triaged.undo_until }
        return { kind: 'ok', text: t('triage.done.dismissed', { n: ids.length }) }
      },
    )
  }

  async function undoLast(): Promise<void> {
    const offer = undo.value
    if (!offer) return
    undo.value = null
    try {
      await undoDismiss(offer.ids)
      notice.value = { kind: 'ok', text: t('triage.undo.done', { n: offer.ids.length }) }
    } catch (e) {
      notice.value = describeFailure(e, null)
    }
  }

  return {
    notice: shallowReadonly(notice),
    undo: shallowReadonly(undo),
    busy: readonly(busy),
    openStories,
    linkStories,
    dismiss,
    watch,
    undoLast,
    dropUndo: () => (undo.value = null),
    say: (n: TriageNotice | null) => (notice.value = n),
  }
}
