import type { FastifyInstance } from 'fastify'
import { appendEvent } from '../db/index.ts'
import type { CatalogueStart } from './catalogue-store.ts'
import type { Retagger } from './retag.ts'

/**
 * Makes a release's catalogue merge at start a change like an admin's edit: written to the event log (who: the
 * release; what: every term it added, reweighted or dropped), re-tagging the last 7 days, and announced so that
 * processes already running reload it. A merge the catalogue's checks refused is said in the log.
 */
export async function recordCatalogueStart(app: FastifyInstance, start: CatalogueStart, retagger: Retagger): Promise<void> {
  if (start.took === 'kept') {
    if (start.refused) app.log.warn({ reason: start.refused }, 'the new release\'s default catalogue was not merged into the stored one; it is kept as it was')
    return
  }
  if (start.took !== 'upgraded') return
  const { from, to, changes } = start
  const terms = changes.departments.reduce((n, d) => n + d.termsAdded.length, 0)
  app.log.info({ from, to, departments_added: changes.departmentsAdded.length, terms_added: terms }, 'the release\'s default catalogue was merged into the stored one')
  const seq = await appendEvent(app.db, {
    at: new Date().toISOString(),
    type: 'departments.upgraded',
    entity: 'department',
    entity_id: null,
    actor: 'release',
    payload: { from, to, ...changes },
  })
  app.cluster.announce('catalogue:changed', {})
  await retagger.start(seq)
}
