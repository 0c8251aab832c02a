import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The repository root, found by walking up to package.json: the same answer whether this code
 * runs from its source (tsx, tests) or from the server bundle in dist/server (npm start).
 * Data files that ship with the server are located from here, never from import.meta.url.
 */
function findRepoRoot(from: string): string {
  let dir = path.dirname(fileURLToPath(from))
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`no package.json above ${from}`)
    dir = parent
  }
  return dir
}

export const REPO_ROOT = findRepoRoot(import.meta.url)
