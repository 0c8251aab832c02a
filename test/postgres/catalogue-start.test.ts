import { expect, it } from 'vitest'
import { startCatalogue } from '../../server/classify/catalogue-store.ts'
import { CATALOGUE_EDITION, defaultCatalogue } from '../../server/classify/default-catalogue.ts'
import { createTestDatabase } from '../helpers/pg-database.ts'
import { raceOnTable } from '../helpers/pg-race.ts'
import { startTestApp } from '../helpers/test-app.ts'

// Processes of a new release starting at once on one database (several behind a balancer): one merges the release's
// catalogue in, the others find it taken. Without the named lock both would read the older catalogue, both write
// the merge and both log it and re-tag.
it('two processes of a new release starting at once merge its catalogue once', async () => {
  const url = await createTestDatabase()
  const t = await startTestApp({ YQ_DATABASE_URL: url })
  // The older release: this one without 清雪, as seeded and as remembered.
  const older = defaultCatalogue().map((d) => (d.id === 'cgj' ? { ...d, terms: d.terms.filter((x) => x.text !== '清雪') } : d))
  await t.app.db.updateTable('departments').set({ body: JSON.stringify(older.find((d) => d.id === 'cgj')) }).where('id', '=', 'cgj').execute()
  await t.app.db.updateTable('catalogue_default').set({ edition: CATALOGUE_EDITION - 1, body: JSON.stringify(older) }).execute()

  const results = await raceOnTable(url, 'departments', () => [startCatalogue(t.app.db, new Date()), startCatalogue(t.app.db, new Date())])
  const took = results.map((r) => (r.status === 'fulfilled' ? r.value.took : String(r.reason)))
  expect(took.sort()).toEqual(['kept', 'upgraded'])
  const after = JSON.parse((await t.app.db.selectFrom('departments').select('body').where('id', '=', 'cgj').executeTakeFirstOrThrow()).body) as { terms: { text: string }[] }
  expect(after.terms.filter((x) => x.text === '清雪')).toHaveLength(1)
  expect(await t.app.db.selectFrom('catalogue_default').select('edition').execute()).toEqual([{ edition: CATALOGUE_EDITION }])
})
