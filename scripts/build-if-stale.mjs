// Plain JavaScript so `npm start` needs no TypeScript loader: the server runs as one bundled
// ES module (dependencies stay in node_modules), which starts faster than transpiling on load.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const serverBundle = path.join(root, 'dist/server/main.mjs')
const clientIndex = path.join(root, 'dist/client/index.html')

function newestMtime(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)))
  return newest
}

/** Stale when missing or older than any of its inputs (by modification time). */
function isStale(output, inputs) {
  const built = fs.statSync(output, { throwIfNoEntry: false })
  if (!built) return true
  return inputs.some((input) => newestMtime(path.join(root, input)) > built.mtimeMs)
}

export async function buildClientIfStale(log = console.log) {
  if (!isStale(clientIndex, ['client', 'shared', 'vite.config.ts', 'package-lock.json'])) return
  log('building the client (missing or older than its sources)…')
  const { build } = await import('vite')
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' })
}

export async function buildServerIfStale(log = console.log) {
  if (!isStale(serverBundle, ['server', 'shared', 'package-lock.json', 'tsconfig.json'])) return
  log('bundling the server (missing or older than its sources)…')
  const esbuild = await import('esbuild')
  await esbuild.build({
    // The tagging worker is its own entry: a worker thread loads a file, not a module of the bundle.
    entryPoints: { main: path.join(root, 'server/main.ts'), 'tag-worker': path.join(root, 'server/classify/tag-worker.ts') },
    outdir: path.dirname(serverBundle),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
  })
}
