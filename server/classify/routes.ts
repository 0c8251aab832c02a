import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { appendEvent } from '../db/index.ts'
import { ErrorSchema } from '../http/index.ts'
import { checkCatalogue, lastUpgrade, saveCatalogue } from './catalogue-store.ts'
import type { CatalogueHolder } from './plugin.ts'
import type { Retagger } from './retag.ts'
import { previewRetag, type TagWith } from './preview.ts'
import { Catalogue, CatalogueReply, PreviewReply, PutCatalogueReply } from '@shared/api/catalogue.ts'
import { actorName, allow, STAFF } from '../auth/index.ts'

export interface ClassifyRouteOptions {
  catalogue: CatalogueHolder
  retagger: Retagger
  /** Tags with a proposed catalogue, leaving the one in force alone. */
  tagWith: TagWith
}

export const classifyRoutes: FastifyPluginAsyncTypebox<ClassifyRouteOptions> = async (app, opts) => {
  app.get('/api/departments', { ...allow(STAFF), schema: { response: { 200: CatalogueReply } } }, async () => ({ departments: opts.catalogue.get(), upgrade: await lastUpgrade(app.db) }))

  app.put('/api/departments', { ...allow(['admin']), schema: { body: Catalogue, response: { 200: PutCatalogueReply, 400: ErrorSchema } } }, async (req) => {
    const catalogue = req.body.departments
    checkCatalogue(catalogue)
    const now = new Date()
    await saveCatalogue(app.db, catalogue, now)
    opts.catalogue.set(catalogue)
    const seq = await appendEvent(app.db, {
      at: now.toISOString(),
      type: 'departments.updated',
      entity: 'department',
      entity_id: null,
      actor: actorName(req),
      payload: { count: catalogue.length },
    })
    const retag = await opts.retagger.start(seq)
    return { departments: catalogue, retag }
  })

  app.post('/api/departments/preview', { ...allow(['admin']), schema: { body: Catalogue, response: { 200: PreviewReply, 400: ErrorSchema } } }, async (req) => {
    const catalogue = req.body.departments
    checkCatalogue(catalogue)
    return previewRetag(app.db, opts.tagWith, catalogue, new Date())
  })
}
