import { Value } from 'typebox/value'
import type { TSchema } from 'typebox'

/**
 * The schema with every object closed: a field the server produces that the schema does not name
 * (so the serializer would drop it and the client's type would not know it) fails the check.
 */
export function closed(schema: TSchema): TSchema {
  const walk = (s: unknown): unknown => {
    if (Array.isArray(s)) return s.map(walk)
    if (!s || typeof s !== 'object') return s
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(s)) out[k] = walk(v)
    if (out.type === 'object' && out.properties) out.additionalProperties = false
    return out
  }
  return walk(schema) as TSchema
}

/** Where a value departs from a schema, one line each; [] when it matches. */
export const problems = (schema: TSchema, value: unknown) => [...Value.Errors(schema, value)].map((e) => `${e.instancePath} ${e.message}`)
