import { readonly, ref, shallowReadonly, shallowRef } from 'vue'
import type { Case } from '@shared/types/case.ts'
import { fetchCase, patchCase, postCaseEvent, type ApiFailure } from '../../shared/api.ts'
import { useRealtime } from '../../shared/composables/useRealtime.ts'

/** `unreachable`: the read failed for another reason than "no such case" (the server is gone): it is retried on resync. */
export type LoadState = 'loading' | 'ready' | 'missing' | 'unreachable'

/** One case, kept current by `case:updated` and reloaded after a reconnect that may have missed events. */
export function useCase(id: number) {
  const realtime = useRealtime()
  const current = shallowRef<Case | null>(null)
  const state = ref<LoadState>('loading')
  const failure = ref('')

  async function reload(): Promise<void> {
    try {
      current.value = await fetchCase(id)
      state.value = 'ready'
    } catch (err) {
      if (current.value) return
      // Only the server's "no such case" (or not yours: 403/404) means missing; a server that is
      // gone is the stale rule's business, and the page says it could not read rather than "not found".
      const status = (err as Partial<ApiFailure>).status ?? 0
      state.value = status === 404 || status === 403 ? 'missing' : 'unreachable'
      failure.value = err instanceof Error ? err.message : String(err)
    }
  }

  realtime.on('case:updated', ({ data }) => {
    if (data.id === id) current.value = data
  })
  realtime.onResync(() => void reload())
  void reload()

  /** Files an event; the server's answer is the updated case. Errors carry the server's message. */
  async function fileEvent(event: Record<string, string | number>): Promise<void> {
    current.value = await postCaseEvent(id, event)
  }

  /** Changes the case's fields (督办, 演练, 改派, clock start); the server's answer is the updated case. */
  async function patch(fields: Record<string, unknown>): Promise<void> {
    current.value = await patchCase(id, fields)
  }

  return { current: shallowReadonly(current), state: readonly(state), failure: readonly(failure), fileEvent, patch, reload }
}
