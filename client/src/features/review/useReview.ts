import { readonly, ref, shallowReadonly, shallowRef } from 'vue'
import type { ReviewGrouping, ReviewPeriod } from '@shared/review/types.ts'
import { fetchTimeliness, type TimelinessResponse } from '../../shared/api.ts'

export type ReviewLoadState = 'idle' | 'loading' | 'ready' | 'error'

/** The review of one period and grouping; a newer request supersedes an older one still in flight. */
export function useReview() {
  const report = shallowRef<TimelinessResponse | null>(null)
  const state = ref<ReviewLoadState>('idle')
  const error = ref('')
  let generation = 0

  async function load(period: ReviewPeriod, by: ReviewGrouping): Promise<void> {
    const mine = ++generation
    state.value = 'loading'
    try {
      const data = await fetchTimeliness(period.from, period.to, by)
      if (mine !== generation) return
      report.value = data
      state.value = 'ready'
    } catch (e) {
      if (mine !== generation) return
      error.value = e instanceof Error ? e.message : String(e)
      state.value = 'error'
    }
  }

  return { report: shallowReadonly(report), state: readonly(state), error: readonly(error), load }
}
