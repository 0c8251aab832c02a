import fs from 'node:fs'
import { SourceMap } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { build } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'
// @ts-expect-error -- plain JavaScript module used by `npm start`; it has no type declarations
import { keepOwnMappings } from '../../../scripts/own-source-map.mjs'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-own-map-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** A bundle as the server's is made: a dependency from node_modules, then our code calling it, then more of ours. */
async function bundle(): Promise<{ code: string[]; map: SourceMap }> {
  fs.mkdirSync(path.join(dir, 'node_modules/dep'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'node_modules/dep/index.js'), 'export function depWork(x) {\n  const doubled = x * 2\n  return doubled + 1\n}\n')
  fs.writeFileSync(path.join(dir, 'helper.ts'), 'export function helper(n: number): number {\n  return n - 1\n}\n')
  fs.writeFileSync(path.join(dir, 'main.ts'), "import { depWork } from 'dep'\nimport { helper } from './helper.ts'\n\nexport function ours(n: number): number {\n  const a = depWork(n)\n  return helper(a)\n}\n")
  const out = path.join(dir, 'out.mjs')
  await build({ entryPoints: [path.join(dir, 'main.ts')], outfile: out, bundle: true, platform: 'node', format: 'esm', sourcemap: true, logLevel: 'silent' })
  keepOwnMappings(`${out}.map`)
  return { code: fs.readFileSync(out, 'utf8').split('\n'), map: new SourceMap(JSON.parse(fs.readFileSync(`${out}.map`, 'utf8'))) }
}

/** Where Node's stack traces would say a bundle line comes from (its first non-blank column). */
function origin(b: { code: string[]; map: SourceMap }, needle: string): { file: string; line: number } | null {
  const line = b.code.findIndex((l) => l.includes(needle))
  expect(line).toBeGreaterThanOrEqual(0)
  const entry = b.map.findEntry(line, b.code[line]!.search(/\S/)) as { originalSource?: string; originalLine?: number }
  return entry.originalSource ? { file: path.basename(entry.originalSource), line: entry.originalLine! + 1 } : null
}

describe('the server bundle keeps its own code in its source map', () => {
  it("maps our lines to their TypeScript files and leaves a dependency's lines on the bundle", async () => {
    const b = await bundle()
    expect(origin(b, 'depWork(n)')).toEqual({ file: 'main.ts', line: 5 })
    expect(origin(b, 'return helper(a)')).toEqual({ file: 'main.ts', line: 6 })
    expect(origin(b, 'return n - 1')).toEqual({ file: 'helper.ts', line: 2 })
    // Not the nearest own line before it: no mapping, so the frame reads out.mjs:line:column.
    expect(origin(b, 'x * 2')).toBeNull()
    expect(origin(b, 'doubled + 1')).toBeNull()
  })

  it("holds no source text: an error's source line is read from the file itself", async () => {
    await bundle()
    const map = JSON.parse(fs.readFileSync(path.join(dir, 'out.mjs.map'), 'utf8')) as { sourcesContent?: unknown; sources: string[] }
    expect(map.sourcesContent).toBeUndefined()
    expect(map.sources.map((s) => path.basename(s)).sort()).toEqual(['helper.ts', 'index.js', 'main.ts'])
  })
})
