import { readonly, ref, shallowReadonly, shallowRef } from 'vue'
import type { Case } from '@shared/types/case.ts'
import { fetchCase, postCaseEvent } from '../api.ts'
import { useRealtime } from './useRealtime.ts'

export type LoadState = 'loading' | 'ready' | 'missing'

/** One case, kept current by `case:updated` and reloaded after a reconnect that may have missed events. */
export function useCase(id: number) {
  const realtime = useRealtime()
  const current = shallowRef<Case | null>(null)
  const state = ref<LoadState>('loading')

  async function reload(): Promise<void> {
    try {
      current.value = await fetchCase(id)
      state.value = 'ready'
    } catch {
      if (!current.value) state.value = 'missing'
    }
  }

  realtime.on('case:updated', ({ data }) => {
    if (data.id === id) current.value = data
  })
  realtime.onResync(() => void reload())
  void reload()

  /** Files an event; the server's answer is the updated case. Errors carry the server's message. */
  async function fileEvent(event: Record<string, string>): Promise<void> {
    current.value = await postCaseEvent(id, event)
  }

  return { current: shallowReadonly(current), state: readonly(state), fileEvent, reload }
}
