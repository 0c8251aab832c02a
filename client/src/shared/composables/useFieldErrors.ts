import { shallowRef } from 'vue'

/** A thrown failure as a form reads it: an ApiFailure (../api-error.ts), or anything else thrown. */
export interface Refused {
  code?: string
  /** In the reader's words. */
  message: string
  /** The server's own text, which names the field of a validation error. */
  detail?: string
}

/** Where a refusal belongs (a field's name, or `form` for none) and what to say there. */
export interface Placed<F extends string> {
  field: F | 'form'
  text: string
}

export type FieldErrors<F extends string> = Partial<Record<F | 'form', string>>

export function refusedOf(err: unknown): Refused {
  const e = err as { code?: string; message?: string; detail?: string }
  return { code: e.code, message: e.message ?? String(err), detail: e.detail }
}

/**
 * A form's errors beside their fields and which of its actions is under way, so every form wires
 * a refusal the same way: `run` marks the action busy (the form disables the others), and what
 * it throws goes through the form's own `place` to the field it concerns. `show` puts the form's
 * own checks in place of whatever was shown before, and says whether there were none. The case
 * page's one-line forms use it through features/case/useSubmit.ts.
 */
export function useFieldErrors<F extends string, A extends string = 'save'>(place: (refused: Refused) => Placed<F>) {
  const errors = shallowRef<FieldErrors<F>>({})
  const busy = shallowRef<A | null>(null)

  function show(found: FieldErrors<F>): boolean {
    errors.value = found
    return Object.keys(found).length === 0
  }

  function refuse(err: unknown): void {
    const { field, text } = place(refusedOf(err))
    errors.value = { ...errors.value, [field]: text }
  }

  /** Resolves whether the work went through (false: its refusal is shown). */
  async function run(action: A, work: () => Promise<void>): Promise<boolean> {
    busy.value = action
    try {
      await work()
      return true
    } catch (err) {
      refuse(err)
      return false
    } finally {
      busy.value = null
    }
  }

  return { errors, busy, show, clear: () => void show({}), refuse, run }
}
