import { onScopeDispose } from 'vue'

export type TriageCommand = 'down' | 'up' | 'select' | 'open' | 'link' | 'dismiss' | 'watch' | 'search' | 'help' | 'undo' | 'escape'

const KEYS: Record<string, TriageCommand> = {
  j: 'down',
  ArrowDown: 'down',
  k: 'up',
  ArrowUp: 'up',
  x: 'select',
  o: 'open',
  l: 'link',
  d: 'dismiss',
  w: 'watch',
  '/': 'search',
  '?': 'help',
  u: 'undo',
  Escape: 'escape',
}

/** Typing into a field is never a command (a reason containing "d" must not dismiss anything). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/**
 * The page's single-key commands. `blocked()` is true while a dialog is open: the dialog owns
 * the keyboard then (its own Esc closes it).
 */
export function useTriageKeys(run: (c: TriageCommand) => void, blocked: () => boolean) {
  function onKey(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return
    const command = KEYS[e.key]
    if (!command || blocked()) return
    if (isTyping(e.target) && command !== 'escape') return
    e.preventDefault()
    run(command)
  }
  window.addEventListener('keydown', onKey)
  onScopeDispose(() => window.removeEventListener('keydown', onKey))
}
