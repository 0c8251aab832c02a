import { spawn } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDataDir } from '../../helpers/test-app.ts'

const ROOT = path.resolve(import.meta.dirname, '../../..')

function runClassify(input: string, env: Record<string, string> = {}): Promise<{ code: number | null; lines: unknown[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/classify.ts'], { cwd: ROOT, env: { ...process.env, YQ_DATA_DIR: tempDataDir(), ...env } })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, lines: out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown), stderr: err }))
    child.stdin.end(input)
  })
}

describe('npm run -s classify', () => {
  it('writes one JSON line per input line in the shape of docs/design.md §3', async () => {
    const input = [
      JSON.stringify({ id: 'a', title: '泉城广场周边占道经营严重', text: '市民反映流动摊贩影响通行' }),
      JSON.stringify({ id: 7, title: '枣庄市中区一工地脚手架坍塌 造成三人死亡', text: '' }),
    ].join('\n')
    const { code, lines } = await runClassify(`${input}\n`)
    expect(code).toBe(0)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toEqual({
      id: 'a',
      departments: [expect.objectContaining({ id: 'cgj', name: '城市管理局', score: expect.any(Number), terms: expect.arrayContaining(['占道经营']), confidence: expect.any(Number) })],
      // 泉城广场 is a landmark in 历下区 (server/classify/institutions.ts), shown in the region's terms. A headline about the
      // landmark itself that names no city has it for its scene (round 25; round 21 gave the city, as the own set's
      // test/fixtures/eval/tune.tsv labels this headline, for anything but an incident there).
      region: { province: '山东省', city: '济南市', county: '历下区', code: '370102', confidence: expect.any(Number), terms: ['泉城广场→历下区'] },
      unit: { id: '370102-cgj', name: '济南市历下区城市管理局' },
      severity: { level: null, signals: [] },
    })
    expect(lines[1]).toMatchObject({ id: 7, region: { county: '市中区', code: '370402' }, severity: { level: 'III' } })
    for (const line of lines) {
      const l = line as { departments: { confidence: number }[]; region: { confidence: number } }
      for (const c of [...l.departments.map((d) => d.confidence), l.region.confidence]) expect(c > 0 && c <= 1, `confidence ${c}`).toBe(true)
    }
  })

  it('answers a broken line with its reason in place, goes on, and exits 1', async () => {
    const input = ['not json', '{"id":"x","title":42}', '[]', '', '{"id":"ok","title":"历下区一奶茶店使用过期原料"}', '{"id":"u","title":"\\ud800 半个代理对"}'].join('\n')
    const { code, lines } = await runClassify(input)
    expect(code).toBe(1)
    expect(lines).toEqual([
      { id: null, error: 'line 1: not valid JSON' },
      { id: 'x', error: 'line 2: "title" must be a string' },
      { id: null, error: 'line 3: expected a JSON object' },
      expect.objectContaining({ id: 'ok', region: expect.objectContaining({ county: '历下区' }) }),
      expect.objectContaining({ id: 'u', departments: [] }),
    ])
  })
})
