import { parseKioskOptions, type KioskOptions } from '@shared/wall/kiosk.ts'

export { burnInShift, currentSet, type KioskOptions, type WallLayout, type WallPanel } from '@shared/wall/kiosk.ts'

/** The kiosk options of this page's link; read once, since a kiosk never navigates. */
export function useKioskMode(): KioskOptions {
  return parseKioskOptions(window.location.search, window.matchMedia('(orientation: portrait)').matches)
}
