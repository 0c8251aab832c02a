import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const builtIndex = path.join(root, 'dist/client/index.html')
const inputs = ['client', 'shared', 'vite.config.ts', 'package-lock.json']

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)))
  return newest
}

/** The build is stale when missing or older than any of its sources (by modification time). */
export function clientBuildIsStale(): boolean {
  const built = fs.statSync(builtIndex, { throwIfNoEntry: false })
  if (!built) return true
  return inputs.some((input) => newestMtime(path.join(root, input)) > built.mtimeMs)
}

export async function buildClientIfStale(log: (line: string) => void = console.log): Promise<void> {
  if (!clientBuildIsStale()) return
  log('building the client (missing or older than its sources)…')
  const { build } = await import('vite')
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' })
}
