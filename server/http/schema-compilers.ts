import { createRequire } from 'node:module'
import type { FastifyServerOptions } from 'fastify'

const require = createRequire(import.meta.url)

type Compilers = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>
type Route = { schema: unknown; httpPart?: string; httpStatus?: string; contentType?: string }
type Factory = (externalSchemas: unknown, options: unknown) => (route: Route) => unknown
// Fastify's own default compilers (Ajv and fast-json-stringify), each made once per process.
const ValidatorSelector = require('@fastify/ajv-compiler') as () => Factory
const SerializerSelector = require('@fastify/fast-json-stringify-compiler') as () => Factory

/**
 * Compiling the routes' schemas is most of an app's start (about 0.3 s of Ajv and
 * fast-json-stringify code generation). A process that builds the app more than once — the test
 * suite builds hundreds — compiles each distinct schema once: the compiled function depends only
 * on the schema, the part or status it is for, and the compiler's options and shared schemas.
 * Fastify reads a validator's `errors` right after calling it, so sharing one is safe.
 */
export function memoised(select: () => Factory): Factory {
  const factory = select()
  const compiled = new Map<string, unknown>()
  return (externalSchemas, options) => {
    const compile = factory(externalSchemas, options)
    const context = JSON.stringify([externalSchemas, options])
    return (route) => {
      const key = `${context}\u0000${route.httpPart ?? ''}\u0000${route.httpStatus ?? ''}\u0000${route.contentType ?? ''}\u0000${JSON.stringify(route.schema)}`
      let fn = compiled.get(key)
      if (fn === undefined) compiled.set(key, (fn = compile(route)))
      return fn
    }
  }
}

export const compilersFactory = { buildValidator: memoised(ValidatorSelector), buildSerializer: memoised(SerializerSelector) } as unknown as Compilers
