import { describe, expect, it } from 'vitest'
import { tsqueryLiteral, tsvectorLiteral } from '../../../server/db/dialect/postgres.ts'
import { fts5Query } from '../../../server/db/dialect/sqlite.ts'
import { ftsTokens } from '../../../server/db/dialect/search-terms.ts'

describe('PostgreSQL search literals mirror FTS5', () => {
  it('index the tokens FTS5 unicode61 makes, with its positions', () => {
    expect(ftsTokens('Café COVID-19 供水 管道')).toEqual(['cafe', 'covid', '19', '供水', '管道'])
    expect(tsvectorLiteral(['供水', '管道', '供水'])).toBe("'供水':1,3 '管道':2")
  })

  it('render whole words, prefixes and bigram phrases as FTS5 does', () => {
    const terms = [
      { word: 'rowid', match: 'whole' as const },
      { word: '供水', match: 'prefix' as const },
      { word: '供水管', match: 'prefix_or_bigrams' as const },
    ]
    expect(fts5Query(terms)).toBe('"rowid" AND "供水"* AND ("供水管"* OR "供水 水管")')
    expect(tsqueryLiteral(terms)).toBe("'rowid' & '供水':* & ('供水管':* | ('供水' <-> '水管'))")
  })

  it('keep hostile text inert: quotes, backslashes and operators never reach the query syntax', () => {
    const literal = tsqueryLiteral([{ word: "it's \\ & | ! <-> ':*", match: 'whole' }])
    expect(literal).toBe("('it' <-> 's')")
    // A term with nothing to match matches nothing, as in FTS5.
    expect(tsqueryLiteral([{ word: '!!!', match: 'prefix' }])).toBeNull()
  })
})
