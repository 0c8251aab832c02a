import { describe, expect, it } from 'vitest'
import { memoised } from '../../../server/http/schema-compilers.ts'

// A stand-in for Ajv / fast-json-stringify that counts what it compiles: the real ones are exercised
// by every integration test, which builds many apps in one process through this pool.
function countingSelector() {
  const compiled: string[] = []
  const select = () => (externals: unknown, options: unknown) => (route: { schema: unknown; httpPart?: string; httpStatus?: string }) => {
    compiled.push(`${JSON.stringify(externals)} ${JSON.stringify(options)} ${route.httpPart ?? route.httpStatus} ${JSON.stringify(route.schema)}`)
    return () => compiled.length
  }
  return { compiled, select }
}

describe('schema compilers shared across apps in one process', () => {
  it('compiles an equal schema for the same part once, even as a new object from another app', () => {
    const { compiled, select } = countingSelector()
    const factory = memoised(select)
    const first = factory({}, { coerce: true })({ schema: { type: 'object', properties: { id: { type: 'string' } } }, httpPart: 'body' })
    const second = factory({}, { coerce: true })({ schema: { type: 'object', properties: { id: { type: 'string' } } }, httpPart: 'body' })
    expect(second).toBe(first)
    expect(compiled).toHaveLength(1)
  })

  it('compiles again for another part, status, schema, shared schemas or options', () => {
    const { compiled, select } = countingSelector()
    const factory = memoised(select)
    const schema = { type: 'object' }
    factory({}, {})({ schema, httpPart: 'body' })
    factory({}, {})({ schema, httpPart: 'querystring' })
    factory({}, {})({ schema, httpStatus: '200' })
    factory({}, {})({ schema: { type: 'array' }, httpPart: 'body' })
    factory({ shared: { $id: 'shared' } }, {})({ schema, httpPart: 'body' })
    factory({}, { removeAdditional: true })({ schema, httpPart: 'body' })
    expect(compiled).toHaveLength(6)
  })
})
