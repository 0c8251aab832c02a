import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const FIXTURES = path.join(ROOT, 'test/fixtures/eval-cli')

function runEval(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/eval.ts', ...args], { cwd: ROOT })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, out, err }))
  })
}

/** The lines of one `== name` section of the report. */
function section(out: string, name: string): string {
  const start = out.indexOf(`== ${name} `)
  expect(start, `section "${name}" in:\n${out}`).toBeGreaterThanOrEqual(0)
  const next = out.indexOf('\n== ', start + 1)
  return out.slice(start, next < 0 ? undefined : next)
}

describe('npm run eval', () => {
  it('reports every set with counts, and lists confusions for the real tune part only', async () => {
    const { code, out } = await runEval(['--own', path.join(FIXTURES, 'own'), '--real', path.join(FIXTURES, 'real')])
    expect(code).toBe(0)

    const tune = section(out, 'real set · tune')
    expect(tune).toContain('(3 items)')
    expect(tune).toMatch(/department \(first suggestion\)\s+66\.7% \(2\/3\)/)
    expect(tune).toMatch(/city\s+100\.0% \(2\/2\)/)
    expect(tune).toMatch(/county\s+100\.0% \(2\/2\)/)
    expect(tune).toMatch(/outside Shandong, no Shandong place 100\.0% \(1\/1\)/)
    expect(tune).toMatch(/xfj\s+0\.0% \(0\/1\)/)
    // The miss is shown with the terms that decided it.
    expect(tune).toMatch(/t2 department: xfj → jyj:\d+ \[[^\]]*小学[^\]]*\]/)

    // The test part has the same kind of miss, but only its figures are printed.
    const test = section(out, 'real set · test')
    expect(test).toContain('(2 items)')
    expect(test).toMatch(/department \(first suggestion\)\s+0\.0% \(0\/1\)/)
    expect(test).toMatch(/no department, none given\s+100\.0% \(1\/1\)/)
    expect(test).toContain('confusions: not shown (locked set')
    expect(test).not.toContain('s1 department')
    expect(test).not.toContain('→')

    // The own set is reported the same way, with its incident levels.
    const ownTune = section(out, 'own set · tune')
    expect(ownTune).toMatch(/department \(first suggestion\)\s+50\.0% \(1\/2\)/)
    expect(ownTune).toContain('confusions (1): not shown (--verbose lists them)')
    expect(section(out, 'own set · holdout')).toMatch(/incident level\s+100\.0% \(1\/1\)/)
  })

  it('lists the own tune set’s misses with --verbose, never the held-out ones', async () => {
    const { out } = await runEval(['--own', path.join(FIXTURES, 'own'), '--real', path.join(FIXTURES, 'real'), '--verbose'])
    expect(section(out, 'own set · tune')).toMatch(/department: xfj → scjgj/)
    expect(section(out, 'own set · holdout')).toContain('confusions: not shown (locked set')
  })

  it('reports the later tune parts beside tune when their files exist, with their confusions', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-eval-'))
    for (const f of ['tune.jsonl', 'test.jsonl']) fs.copyFileSync(path.join(FIXTURES, 'real', f), path.join(dir, f))
    // tune3 has one item the tagger gets right and the xfj item it misses (as in tune).
    const tuneLines = fs.readFileSync(path.join(FIXTURES, 'real/tune.jsonl'), 'utf8').trim().split('\n')
    fs.writeFileSync(path.join(dir, 'tune3.jsonl'), `${tuneLines[0]}\n${tuneLines[1]}\n`)
    fs.writeFileSync(path.join(dir, 'tune4.jsonl'), `${tuneLines[0]}\n`)
    fs.writeFileSync(path.join(dir, 'tune5.jsonl'), `${tuneLines[1]}\n`)
    fs.writeFileSync(path.join(dir, 'tune6.jsonl'), `${tuneLines[0]}\n`)
    fs.writeFileSync(path.join(dir, 'tune7.jsonl'), `${tuneLines[1]}\n`)
    fs.writeFileSync(path.join(dir, 'tune8.jsonl'), `${tuneLines[1]}\n`)
    fs.writeFileSync(path.join(dir, 'tune9.jsonl'), `${tuneLines[1]}\n`)
    fs.writeFileSync(path.join(dir, 'tune10.jsonl'), `${tuneLines[0]}\n`)
    fs.writeFileSync(path.join(dir, 'tune11.jsonl'), `${tuneLines[1]}\n`)
    const { code, out } = await runEval(['--own', path.join(FIXTURES, 'own'), '--real', dir])
    expect(code).toBe(0)
    expect(out).not.toContain('== real set · tune2 ')
    const tune3 = section(out, 'real set · tune3')
    expect(tune3).toContain('(2 items)')
    expect(tune3).toMatch(/department \(first suggestion\)\s+50\.0% \(1\/2\)/)
    expect(tune3).toMatch(/t2 department: xfj → jyj/)
    expect(section(out, 'real set · tune4')).toContain('(1 items)')
    expect(section(out, 'real set · tune5')).toMatch(/t2 department: xfj → jyj/)
    expect(section(out, 'real set · tune6')).toContain('(1 items)')
    expect(section(out, 'real set · tune7')).toMatch(/t2 department: xfj → jyj/)
    expect(section(out, 'real set · tune8')).toMatch(/t2 department: xfj → jyj/)
    expect(section(out, 'real set · tune9')).toMatch(/t2 department: xfj → jyj/)
    expect(section(out, 'real set · tune10')).toContain('(1 items)')
    expect(section(out, 'real set · tune11')).toMatch(/t2 department: xfj → jyj/)
    // The parts come in order: tune, tune3 … tune11, then the locked test part.
    expect(out.indexOf('== real set · tune ')).toBeLessThan(out.indexOf('== real set · tune3 '))
    expect(out.indexOf('== real set · tune3 ')).toBeLessThan(out.indexOf('== real set · tune4 '))
    expect(out.indexOf('== real set · tune4 ')).toBeLessThan(out.indexOf('== real set · tune5 '))
    expect(out.indexOf('== real set · tune5 ')).toBeLessThan(out.indexOf('== real set · tune6 '))
    expect(out.indexOf('== real set · tune6 ')).toBeLessThan(out.indexOf('== real set · tune7 '))
    expect(out.indexOf('== real set · tune7 ')).toBeLessThan(out.indexOf('== real set · tune8 '))
    expect(out.indexOf('== real set · tune8 ')).toBeLessThan(out.indexOf('== real set · tune9 '))
    expect(out.indexOf('== real set · tune9 ')).toBeLessThan(out.indexOf('== real set · tune10 '))
    expect(out.indexOf('== real set · tune10 ')).toBeLessThan(out.indexOf('== real set · tune11 '))
    expect(out.indexOf('== real set · tune11 ')).toBeLessThan(out.indexOf('== real set · test '))
  })

  it('names the file and line of a malformed corpus item and exits non-zero', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-eval-'))
    fs.copyFileSync(path.join(FIXTURES, 'real/test.jsonl'), path.join(dir, 'test.jsonl'))
    fs.writeFileSync(path.join(dir, 'tune.jsonl'), '{"id":"a","title":"t","text":"x","label":{"department":null,"province":null,"city":null,"county":null}}\n{"id":"b","title":"t","text":"x","label":{"department":3}}\n')
    const { code, err } = await runEval(['--own', path.join(FIXTURES, 'own'), '--real', dir])
    expect(code).not.toBe(0)
    expect(err).toContain(`${path.join(dir, 'tune.jsonl')}:2: label.department must be a string or null`)
  })
})
