import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { summariseCorrections } from '@shared/tagging/corrections.ts'
import type { CorrectionsReply } from '@shared/tagging/corrections-reply.ts'
import { allow } from '../auth/index.ts'
import { ErrorSchema } from '../http/index.ts'
import { readCorrections } from './corrections.ts'
import type { Gazetteer } from './gazetteer.ts'
import type { CatalogueHolder } from './plugin.ts'
import { cut } from './segmenter.ts'

/** How many of the latest corrections the summary reads by default, and at most. */
const DEFAULT_LIMIT = 500
const MAX_LIMIT = 5_000

const Query = Type.Object({ limit: Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT }) }, { additionalProperties: false })
const Words = Type.Array(Type.Object({ term: Type.String(), count: Type.Integer() }))
const Named = { from: Type.Union([Type.String(), Type.Null()]), from_name: Type.String(), to: Type.String(), to_name: Type.String(), count: Type.Integer(), misleading: Words, examples: Type.Array(Type.String()) }
const Reply = Type.Object({
  total: Type.Integer(),
  departments: Type.Array(Type.Object({ ...Named, proposed: Words })),
  places: Type.Array(Type.Object(Named)),
})

/** GET /api/departments/corrections: what operators corrected, most frequent first, with proposed terms. */
export const correctionsRoutes: FastifyPluginAsyncTypebox<{ catalogue: CatalogueHolder; gazetteer: Gazetteer }> = async (app, opts) => {
  const placeWords = new Set(opts.gazetteer.names.map((n) => n.surface))
  const placeName = (code: string | null) => {
    const p = code ? opts.gazetteer.place(code) : undefined
    if (!p) return code ?? '未识别'
    return p.level === 'county' ? `${p.city ?? ''}${p.name}` : p.name
  }
  app.get('/api/departments/corrections', { ...allow(['admin']), schema: { querystring: Query, response: { 200: Reply, 400: ErrorSchema } } }, async (req): Promise<CorrectionsReply> => {
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
