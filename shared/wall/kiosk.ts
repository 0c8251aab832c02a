export type WallLayout = 'landscape' | 'portrait'
export type WallPanel = 'cases' | 'map' | 'charts' | 'ticker'
const PANELS: readonly WallPanel[] = ['cases', 'map', 'charts', 'ticker']

/** docs/wall.md: rotation, if any, is slow. */
export const MIN_ROTATE_S = 30
export const DEFAULT_ROTATE_S = 60
/** Burn-in guard: the whole layout moves by a few px every few minutes, in a small loop. */
export const BURN_IN_PERIOD_MS = 3 * 60_000
const BURN_IN_OFFSETS_PX: readonly (readonly [number, number])[] = [
  [0, 0],
  [3, 0],
  [3, 3],
  [0, 3],
  [-3, 3],
  [-3, 0],
  [-3, -3],
  [0, -3],
  [3, -3],
]

export interface KioskOptions {
  layout: WallLayout
  /** Panel sets to show, rotating when there is more than one. */
  sets: WallPanel[][]
  rotateMs: number
  sound: boolean
}

/**
 * Kiosk link parameters: `?layout=portrait|landscape` (without it, the screen's own orientation:
 * a portrait screen opened with a plain link must not get landscape's small type), `?panels=cases,ticker;map,charts` (sets separated by
 * `;`, rotating every `?rotate=` seconds, at least 30), `?sound=1`. Unknown names are ignored so a
 * mistyped link still shows a wall rather than nothing.
 */
export function parseKioskOptions(search: string, portraitScreen = false): KioskOptions {
  const q = new URLSearchParams(search)
  const sets = (q.get('panels') ?? '')
    .split(';')
    .map((set) => set.split(',').map((p) => p.trim()).filter((p): p is WallPanel => (PANELS as readonly string[]).includes(p)))
    .filter((set) => set.length > 0)
  const rotate = Number(q.get('rotate'))
  return {
    layout: q.get('layout') === 'portrait' ? 'portrait' : q.get('layout') === 'landscape' ? 'landscape' : portraitScreen ? 'portrait' : 'landscape',
    sets: sets.length > 0 ? sets : [[...PANELS]],
    rotateMs: 1000 * (Number.isFinite(rotate) && rotate > 0 ? Math.max(MIN_ROTATE_S, rotate) : DEFAULT_ROTATE_S),
    sound: q.get('sound') === '1',
  }
}

/** The panel set on screen at `nowMs`: derived from the clock, so rotation needs no timer of its own. */
export function currentSet(options: KioskOptions, nowMs: number): WallPanel[] {
  return options.sets[Math.floor(nowMs / options.rotateMs) % options.sets.length]!
}

export function burnInShift(nowMs: number): readonly [number, number] {
  return BURN_IN_OFFSETS_PX[Math.floor(nowMs / BURN_IN_PERIOD_MS) % BURN_IN_OFFSETS_PX.length]!
}
