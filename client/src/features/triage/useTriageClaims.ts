import { onScopeDispose } from 'vue'
import { authHeaders } from '../../shared/session.ts'
import { claimStories, releaseOnExit, releaseStories } from './api.ts'

/** Resting on a story this long claims it: quick j/k travel does not claim every row passed. */
const FOCUS_CLAIM_DELAY_MS = 400
/** Well inside the server's 5-minute claim life, so an active operator never loses a claim. */
const RENEW_EVERY_MS = 60_000
/** Without a key press or mouse move for this long the operator is away: claims are left to lapse. */
const ACTIVE_WINDOW_MS = 120_000

/**
 * The operator's claims: the focused story after a short rest, every story an action is about
 * to touch at once. Claims are renewed while the operator is active and released on leaving.
 */
export function useTriageClaims() {
  const held = new Set<number>()
  let focusTimer: ReturnType<typeof setTimeout> | null = null
  let lastActive = Date.now()

  /** Claims now; a 409 (someone else holds one) rejects with the server's error. */
  async function claim(ids: number[]): Promise<void> {
    await claimStories(ids)
    for (const id of ids) held.add(id)
  }

  async function releaseExcept(keep: ReadonlySet<number>): Promise<void> {
    const drop = [...held].filter((id) => !keep.has(id))
    if (drop.length === 0) return
    for (const id of drop) held.delete(id)
    await releaseStories(drop).catch(() => undefined)
  }

  /** The cursor moved: let go of what is no longer focused or selected, claim the new focus after a rest. */
  function focus(id: number | null, selected: ReadonlySet<number>): void {
    if (focusTimer) clearTimeout(focusTimer)
    const keep = new Set(selected)
    if (id !== null) keep.add(id)
    void releaseExcept(keep)
    if (id === null || held.has(id)) return
    focusTimer = setTimeout(() => void claim([id]).catch(() => undefined), FOCUS_CLAIM_DELAY_MS)
  }

  /** Decided stories are no longer claimed (the server dropped the claims with the decision). */
  function forget(ids: readonly number[]): void {
    for (const id of ids) held.delete(id)
  }

  const markActive = () => {
    lastActive = Date.now()
  }
  const renew = setInterval(() => {
    if (held.size > 0 && Date.now() - lastActive < ACTIVE_WINDOW_MS) void claimStories([...held]).catch(() => undefined)
  }, RENEW_EVERY_MS)
  const onExit = () => releaseOnExit([...held], authHeaders('POST'))
  window.addEventListener('keydown', markActive, true)
  window.addEventListener('pointermove', markActive, { passive: true })
  window.addEventListener('pagehide', onExit)
  onScopeDispose(() => {
    clearInterval(renew)
    if (focusTimer) clearTimeout(focusTimer)
    window.removeEventListener('keydown', markActive, true)
    window.removeEventListener('pointermove', markActive)
    window.removeEventListener('pagehide', onExit)
    onExit()
  })

  return { claim, focus, forget, isHeld: (id: number) => held.has(id) }
}
