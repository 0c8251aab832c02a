/** Suffixes a place name drops on the wall, where space is short: 历下区 → 历下, 聊城市 → 聊城. */
const SUFFIX = /(市|区|县)$/

/**
 * A city's or county's short name: without its 市 / 区 / 县, unless the stem would be one
 * character — 莘县 stays 莘县 (莘 alone reads as a surname, not a place), as 郊区 or 矿区 would.
 */
export function shortPlaceName(name: string | null | undefined): string {
  const full = (name ?? '').trim()
  const stem = full.replace(SUFFIX, '')
  return [...stem].length < 2 ? full : stem
}

/** `聊城·莘县`, `济南·历下`: a region's city and county as the wall's ticker shows them. */
export function shortRegionLabel(region: { city?: string | null; county?: string | null } | null | undefined): string {
  return [shortPlaceName(region?.city), shortPlaceName(region?.county)].filter(Boolean).join('·')
}
