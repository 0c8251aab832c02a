import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { summariseCorrections } from '@shared/tagging/corrections.ts'
import { CorrectionsQuery, CorrectionsReply } from '@shared/api/catalogue.ts'
import { allow } from '../auth/index.ts'
import { ErrorSchema } from '../http/index.ts'
import { readCorrections } from './corrections.ts'
import type { Gazetteer } from './gazetteer.ts'
import type { CatalogueHolder } from './plugin.ts'
import { cut } from './segmenter.ts'

/** GET /api/departments/corrections: what operators corrected, most frequent first, with proposed terms. */
export const correctionsRoutes: FastifyPluginAsyncTypebox<{ catalogue: CatalogueHolder; gazetteer: Gazetteer }> = async (app, opts) => {
  const placeWords = new Set(opts.gazetteer.names.map((n) => n.surface))
  const placeName = (code: string | null) => {
    const p = code ? opts.gazetteer.place(code) : undefined
    if (!p) return code ?? '未识别'
    return p.level === 'county' ? `${p.city ?? ''}${p.name}` : p.name
  }
  app.get('/api/departments/corrections', { ...allow(['admin']), schema: { querystring: CorrectionsQuery, response: { 200: CorrectionsReply, 400: ErrorSchema } } }, async (req): Promise<CorrectionsReply> => {
    const catalogue = opts.catalogue.get()
    const deptName = (id: string | null) => (id ? (catalogue.find((d) => d.id === id)?.local_name ?? id) : '未识别')
    const summary = summariseCorrections(await readCorrections(app.db, req.query.limit), {
      cut,
      termsOf: (id) => new Set(catalogue.find((d) => d.id === id)?.terms.map((t) => t.text) ?? []),
      isPlaceWord: (w) => placeWords.has(w),
    })
    return {
      total: summary.total,
      departments: summary.departments.map((g) => ({ ...g, from_name: deptName(g.from), to_name: deptName(g.to) })),
      places: summary.places.map((g) => ({ ...g, from_name: placeName(g.from), to_name: placeName(g.to) })),
    }
  })
}
