/** One figure per line, as docs/design.md §3 fixes: {"name","value","unit","note"}. */
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

/** The admin password bench servers start with (YQ_ADMIN_PASSWORD), so a bench can sign in. */
export const BENCH_ADMIN_PASSWORD = 'bench-admin-password-0001'

/**
 * Signs in as admin and makes plain `fetch` to `base` carry the session, as a browser would: every
 * /api route and socket sits behind the access guard. Returns the cookie for socket.io clients.
 */
export async function signInAdmin(base: string): Promise<string> {
  const { login, setAdminSession } = await import('../test/helpers/auth-session.ts')
  const session = await login(base, 'admin', BENCH_ADMIN_PASSWORD)
  setAdminSession(base, session)
  return session.cookie
}
