import { createQueryId, type CompiledQuery, type Compilable, type Kysely, type QueryResult } from 'kysely'
import { dialectOf, type SqlDialect } from './dialect/dialect.ts'
import type { Database } from './schema.ts'

const SLOT_PREFIX = '\u0000yq-slot:'

/** Stands for the value named `name` while a reusable query is built; the real value is given to `run`. */
export function slot<T = string>(name: string): T {
  return `${SLOT_PREFIX}${name}` as T
}

interface Compiled<R> {
  query: CompiledQuery<R>
  /** For each parameter of the compiled text: the slot it takes its value from, or null for a constant. */
  slots: (string | null)[]
}

/**
 * A statement of a fixed shape that Kysely builds and compiles once per engine, then runs again
 * with new values. On the poll path Kysely built and compiled every per-item statement (item,
 * story, band rows) anew: about a tenth of the main thread (docs/performance.md, fourth pass).
 * `build` must give the same text whatever the values: every value that varies is a `slot(name)`.
 */
export class ReusableQuery<V extends Record<string, unknown>, R = unknown> {
  private readonly compiled = new Map<SqlDialect, Compiled<R>>()

  constructor(private readonly build: (db: Kysely<Database>) => Compilable<R>) {}

  async run(db: Kysely<Database>, values: V): Promise<QueryResult<R>> {
    const { query, slots } = this.compiledFor(db, values)
    const parameters = slots.map((name, i) => (name === null ? query.parameters[i] : values[name]))
    return db.executeQuery<R>({ ...query, queryId: createQueryId(), parameters })
  }

  private compiledFor(db: Kysely<Database>, values: V): Compiled<R> {
    const dialect = dialectOf(db)
    let compiled = this.compiled.get(dialect)
    if (!compiled) {
      const query = this.build(db).compile()
      const slots = query.parameters.map((p) => (typeof p === 'string' && p.startsWith(SLOT_PREFIX) ? p.slice(SLOT_PREFIX.length) : null))
      // A slot the compiler folded into the text (or a value given that no slot takes) would run wrong values silently.
      for (const name of Object.keys(values)) if (!slots.includes(name)) throw new Error(`reusable query: slot ${name} is not a parameter of ${query.sql}`)
      compiled = { query, slots }
      this.compiled.set(dialect, compiled)
    }
    return compiled
  }
}
