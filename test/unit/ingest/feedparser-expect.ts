import fs from 'node:fs'
import path from 'node:path'
import { CORPORA_DIR } from '../../helpers/corpora.ts'

export { CORPORA_DIR }

export interface ManifestEntry {
  path: string
  suite: string
  category: string
  http: boolean
  expect: string | null
  headers: Record<string, string> | null
}

export function readManifest(): ManifestEntry[] {
  const text = fs.readFileSync(path.join(CORPORA_DIR, 'feedparser/manifest.jsonl'), 'utf8')
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ManifestEntry)
}

/** The HTTP Content-Type a fixture is served with (feedparser's harness default is text/xml). */
export function contentTypeOf(entry: ManifestEntry): string | null {
  const name = Object.keys(entry.headers ?? {}).find((h) => h.toLowerCase() === 'content-type')
  if (name) return entry.headers![name]!
  return entry.http ? 'text/xml' : null
}

function pythonString(literal: string): string {
  const quote = literal[0]!
  const body = literal.slice(1, -1)
  return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|U[0-9a-fA-F]{8}|.)/g, (_m, esc: string) => {
    if (/^[uxU]/.test(esc) && esc.length > 1) return String.fromCodePoint(parseInt(esc.slice(1), 16))
    if (esc === 'n') return '\n'
    if (esc === 't') return '\t'
    if (esc === quote || esc === '\\') return esc
    return `\\${esc}`
  })
}

export interface FieldExpectation {
  scope: 'feed' | 'entry'
  field: 'title' | 'link'
  value: string
}

const FIELD_EXPECT = /^(?:not bozo and )?(feed|entries\[0\])(?:\[['"](title|link)['"]\]|\.(title|link)) == u?('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*$/

/** The subset of Expect expressions that name a feed or first-entry title or link. */
export function fieldExpectation(expect: string | null): FieldExpectation | null {
  const match = expect ? FIELD_EXPECT.exec(expect.trim()) : null
  if (!match) return null
  return {
    scope: match[1] === 'feed' ? 'feed' : 'entry',
    field: (match[2] ?? match[3]) as 'title' | 'link',
    value: pythonString(match[4]!),
  }
}

const ENCODING_EXPECT = /encoding == ['"]([\w-]+)['"]/

export function encodingExpectation(expect: string | null): string | null {
  return expect ? (ENCODING_EXPECT.exec(expect)?.[1] ?? null) : null
}

/** feedparser reports some charsets by another name for the same decoder. */
export const SAME_CHARSET: Record<string, string> = { gb2312: 'gb18030', 'euc-kr': 'cp949', shift_jis: 'cp932', 'tis-620': 'cp874' }
