/**
 * Picks `n` of `ids` uniformly at random (partial Fisher–Yates), in the order drawn. `random`
 * returns a number in [0, 1), as Math.random does; tests pass a seeded one.
 */
export function sampleIds<T>(ids: readonly T[], n: number, random: () => number): T[] {
  const pool = [...ids]
  const count = Math.min(Math.max(0, Math.floor(n)), pool.length)
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i))
    ;[pool[i], pool[j]] = [pool[j]!, pool[i]!]
  }
  return pool.slice(0, count)
}
