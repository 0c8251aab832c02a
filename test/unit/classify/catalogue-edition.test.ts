import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { CATALOGUE_EDITION, defaultCatalogue } from '../../../server/classify/default-catalogue.ts'

// An installation takes in the default's changes only when the edition rises (catalogue-store.ts): a change to the
// rows with the same edition would reach new installations and never the running ones.
it('raises the default catalogue edition whenever the default catalogue changes', () => {
  const recorded = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/catalogue/edition.json'), 'utf8')) as { edition: number; sha256: string }
  const sha256 = createHash('sha256').update(JSON.stringify(defaultCatalogue())).digest('hex')
  expect(
    { edition: CATALOGUE_EDITION, sha256 },
    'the default catalogue changed: raise CATALOGUE_EDITION in server/classify/default-catalogue.ts and record the edition and this sha256 in test/fixtures/catalogue/edition.json',
  ).toEqual(recorded)
})
