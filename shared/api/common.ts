import { Type, type TSchema } from 'typebox'

/**
 * Building blocks of the wire schemas. Every shape the server sends or accepts is written once
 * under shared/api/ as a TypeBox schema: the route hands it to Fastify (validation of what comes
 * in, serialization of what goes out) and both sides read the type derived from it (`Static<>`).
 * TypeBox is a pure library (no I/O), so these files stay inside shared/'s purity rule; the
 * client imports only their types, so no schema code reaches the browser bundle.
 */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()])
export const Literals = <const T extends string>(values: readonly T[]) => Type.Enum([...values])
export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) })

/**
 * Every refusal's body: a stable `code` (shared/errors.ts) and words for people. A 5xx carries
 * only the code (YQ_ERR_INTERNAL): its internals stay in the log (server/http/error-handler.ts).
 */
export const ErrorSchema = Type.Object({
  statusCode: Type.Integer(),
  code: Type.Optional(Type.String()),
  error: Type.Optional(Type.String()),
  message: Type.Optional(Type.String()),
})
