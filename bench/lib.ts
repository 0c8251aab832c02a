/** One figure per line, as design.md §3 fixes: {"name","value","unit","note"}. */
export function report(name: string, value: number, unit: string, note: string): void {
  console.log(JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit, note }))
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index]!
}

export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)
}
