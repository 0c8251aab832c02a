import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'vitest'

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * The shared corpora sit beside the repository folder (CI clones both side by side); a user's
 * clone has nothing beside it. YQ_CORPORA_DIR points elsewhere for a checkout laid out otherwise.
 */
export const CORPORA_DIR = process.env.YQ_CORPORA_DIR || path.resolve(REPO_ROOT, '../shared/corpora')

/** True when the real feed corpora are there; tests that read them skip, with one line saying why, when not. */
export const HAS_CORPORA = fs.existsSync(path.join(CORPORA_DIR, 'README.md'))

let told = false
function tellOnce(): void {
  if (HAS_CORPORA || told) return
  told = true
  console.log(`skipped: the real feed corpora are not at ${CORPORA_DIR} (CI has them; set YQ_CORPORA_DIR to run these)`)
}

/** `describe` for a block that reads the corpora. */
export function describeWithCorpora(name: string, fn: () => void): void {
  tellOnce()
  describe.skipIf(!HAS_CORPORA)(name, fn)
}

/** `it` for one test that reads the corpora. */
export const itWithCorpora: typeof it = ((name: string, fn: () => unknown, timeout?: number) => {
  tellOnce()
  return it.skipIf(!HAS_CORPORA)(name, fn, timeout)
}) as unknown as typeof it
