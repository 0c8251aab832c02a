import path from 'node:path'

export const SERVER = path.resolve(import.meta.dirname, '..', 'server')

/**
 * Where a file stands among the server's concerns: its path below server/ in parts, the concern
 * first, or null where no concern's rules apply — outside server/, the composition roots
 * (server/*.ts: app, main, migrations; config and paths belong to no concern) and the CLIs
 * (server/cli/), which build the whole and may reach in. One reading for every rule that asks.
 */
export function concernPath(filename) {
  const rel = path.relative(SERVER, path.resolve(filename))
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null
  const parts = rel.split(path.sep)
  return parts.length < 2 || parts[0] === 'cli' ? null : parts
}
