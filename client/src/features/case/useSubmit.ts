import { ref, type Ref } from 'vue'

/** One form's sending state: busy while a call runs, the error in words, saved once it went through. */
export interface Submit {
  busy: Ref<boolean>
  error: Ref<string>
  saved: Ref<boolean>
  /** Clears the last error and success before a new attempt. */
  reset: () => void
  /** Refuses on the page, before anything is sent (a missing reason, an unknown unit). */
  refuse: (message: string) => void
  /** Runs the call: busy meanwhile, `saved` on success, the failure's words in `error`; resolves whether it went through. */
  run: (call: () => Promise<void>) => Promise<boolean>
}

/**
 * The case page's forms all send the same way: reset, check on the page, call, say the outcome.
 * The words of a failure are the API's (client/src/api-error.ts already put them in Chinese).
 */
export function useSubmit(): Submit {
  const busy = ref(false)
  const error = ref('')
  const saved = ref(false)
  const reset = (): void => {
    error.value = ''
    saved.value = false
  }
  const refuse = (message: string): void => {
    error.value = message
  }
  async function run(call: () => Promise<void>): Promise<boolean> {
    busy.value = true
    try {
      await call()
      saved.value = true
      return true
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err)
      return false
    } finally {
      busy.value = false
    }
  }
  return { busy, error, saved, reset, refuse, run }
}
