import { computed, ref, type Ref } from 'vue'
import { useFieldErrors } from '../../shared/composables/useFieldErrors.ts'

/** One form's sending state: busy while a call runs, the error in words, saved once it went through. */
export interface Submit {
  busy: Readonly<Ref<boolean>>
  /** The form's one error line; '' when none (writing '' clears it). */
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
 * Their errors are not beside fields but one line under the form, so this is useFieldErrors
 * (shared/composables/useFieldErrors.ts) with every refusal placed on `form`, plus `saved`. The
 * words of a failure are the API's (client/src/api-error.ts already put them in Chinese).
 */
export function useSubmit(): Submit {
  const form = useFieldErrors<never>((refused) => ({ field: 'form', text: refused.message }))
  const saved = ref(false)
  const error = computed({
    get: () => form.errors.value.form ?? '',
    set: (message: string) => void form.show(message ? { form: message } : {}),
  })
  return {
    busy: computed(() => form.busy.value !== null),
    error,
    saved,
    reset: () => {
      form.clear()
      saved.value = false
    },
    refuse: (message) => void form.show({ form: message }),
    run: async (call) => {
      const ok = await form.run('save', call)
      if (ok) saved.value = true
      return ok
    },
  }
}
