/**
 * `triage.first_page_ms`: the first page of the triage queue over HTTP with 5,000 untriaged
 * stories (10,000 reports) in the database, newest first and most severe first; median of runs.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { buildApp } from '../server/app.ts'
import { loadConfig } from '../server/config.ts'
import { catchUpIndex } from '../server/triage/search-index.ts'
import { BENCH_ADMIN_PASSWORD, isMain, percentile, report, signInAdmin } from './lib.ts'

const STORIES = 5000
const RUNS = 30
const CITIES = [['济南市', '历下区'], ['青岛市', '黄岛区'], ['烟台市', '芝罘区'], ['潍坊市', '奎文区']] as const
const DEPARTMENTS = [{ id: 'zjj', name: '住房城乡建设', terms: ['供水'] }, { id: 'jyt', name: '教育', terms: ['学校'] }, { id: 'yjj', name: '应急管理', terms: ['爆炸'] }]
const LEVELS = [null, null, null, 'IV', 'III', 'II', 'I'] as const

async function seed(app: Awaited<ReturnType<typeof buildApp>>): Promise<void> {
  const now = Date.now()
  await app.db.transaction().execute(async (trx) => {
    const source = await trx
      .insertInto('sources')
      .values({ name: '齐鲁网', url: 'https://bench.example.cn/feed.xml', interval_s: 60, next_poll_at: '2099-01-01T00:00:00.000Z', created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow()
    for (let i = 0; i < STORIES; i++) {
      const at = new Date(now - (STORIES - i) * 17_000).toISOString()
      const [city, county] = CITIES[i % CITIES.length]!
      const dept = DEPARTMENTS[i % DEPARTMENTS.length]!
      const title = `${city}${county}居民反映${dept.terms[0]}问题 第${i}号`
      const story = await trx.insertInto('stories').values({ title, signature: '[]', report_count: 2, source_count: 1, first_seen_at: at, last_seen_at: at }).returning('id').executeTakeFirstOrThrow()
      for (let r = 0; r < 2; r++) {
        await trx
          .insertInto('items')
          .values({
            source_id: source.id,
            guid: `b-${i}-${r}`,
            title,
            link: `https://bench.example.cn/${i}/${r}`,
            summary: '居民反映多日无人回应，希望有关部门尽快处理',
            published_at: null,
            first_seen_at: at,
            content_hash: `b-${i}-${r}`,
            departments: JSON.stringify([{ ...dept, score: 1 }]),
            region: JSON.stringify({ province: '山东省', city, county, code: '370102' }),
            unit: JSON.stringify({ id: '370102', name: '历下区人民政府' }),
            severity: JSON.stringify({ level: LEVELS[i % LEVELS.length], signals: [] }),
            story_id: story.id,
          })
          .execute()
      }
    }
  })
}

async function firstPageMs(base: string, query: string): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    const res = await fetch(`${base}/api/triage/queue?limit=50${query}`)
    const body = (await res.json()) as { stories: unknown[] }
    if (res.status !== 200 || body.stories.length === 0) throw new Error(`queue answered ${res.status}`)
    times.push(performance.now() - t0)
  }
  return percentile(times.sort((a, b) => a - b), 50)
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-bench-triage-'))
  const config = loadConfig({ YQ_DATA_DIR: dir, YQ_DEMO: '0', YQ_LOG_LEVEL: 'silent', YQ_POLL_TICK_MS: '60000', YQ_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD })
  const app = await buildApp(config)
  try {
    await app.listen({ host: '127.0.0.1', port: 0 })
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    await signInAdmin(base)
    await seed(app)
    // Indexing happens as items arrive in service; here it is done before measuring.
    await catchUpIndex(app.db)
    report('triage.first_page_ms', await firstPageMs(base, ''), 'ms', `median of ${RUNS}, ${STORIES} untriaged stories, newest first, 50 rows over HTTP; target < 300`)
    report('triage.first_page_severe_ms', await firstPageMs(base, '&sort=severe'), 'ms', `median of ${RUNS}, most severe first`)
    report('triage.first_page_filtered_ms', await firstPageMs(base, `&sort=severe&city=${encodeURIComponent('青岛市')}&department=zjj`), 'ms', `median of ${RUNS}, severe + city + department`)
  } finally {
    await app.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (isMain(import.meta.url)) await run()
