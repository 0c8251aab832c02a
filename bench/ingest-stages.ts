/**
 * ingest.stage_<name>_ms_per_item: where an item's CPU time goes between the feed and the socket,
 * stage by stage, on the 10,000 items of the 500-source poll (bench/poll.ts). Each stage runs
 * alone over all items, through the server's own code and threads, and is charged the CPU time
 * of the whole process (all threads) while it runs: CPU time, not wall time, because this
 * machine is shared. The whole path in one go is ingest.cpu_ms_per_item (bench/poll.ts).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ItemTags } from '@shared/types/item.ts'
import { buildApp } from '../server/app.ts'
import { loadConfig } from '../server/config.ts'
import { signatureOf, storyText } from '../server/ingest/dedupe.ts'
import type { ParsedItem } from '../server/ingest/feed-formats.ts'
import { storeNewItems, type StoredBatch } from '../server/ingest/item-store.ts'
import { ITEMS_PER_BATCH, tagFresh } from '../server/ingest/poll-source.ts'
import { insertSource } from '../server/ingest/source-store.ts'
import { catchUpIndex } from '../server/triage/search-index.ts'
import { isMain, report } from './lib.ts'
import { feedFor, SOURCES } from './poll.ts'

const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since)
  return (d.user + d.system) / 1000
}
const rssMb = () => process.memoryUsage().rss / 1048576

/** Batches of one source, oldest first, as ingestItems cuts them. */
function batchesOf(items: ParsedItem[]): ParsedItem[][] {
  const out: ParsedItem[][] = []
  for (let end = items.length; end > 0; end -= ITEMS_PER_BATCH) out.push(items.slice(Math.max(0, end - ITEMS_PER_BATCH), end))
  return out
}

export async function run(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yq-bench-stages-'))
  const app = await buildApp(loadConfig({ YQ_DATA_DIR: dataDir, YQ_DEMO: '0', YQ_ALLOW_PRIVATE_FEEDS: '1', YQ_LOG_LEVEL: 'silent', YQ_POLL_TICK_MS: '60000' }))
  try {
    await app.taggingReady
    const now = new Date()
    const ids: number[] = []
    for (let n = 0; n < SOURCES; n++) ids.push(await insertSource(app.db, { name: `源${n}`, url: `http://127.0.0.1:9/f/${n}.xml`, kind: 'rss', interval_s: 300 }, now))
    const docs = Array.from({ length: SOURCES }, (_, n) => Buffer.from(feedFor(n)))
    const figures: { stage: string; ms: number; note: string }[] = []
    const rss: string[] = [`start ${Math.round(rssMb())} MB`]
    const stage = async (name: string, note: string, work: () => Promise<void>) => {
      const t = process.cpuUsage()
      await work()
      figures.push({ stage: name, ms: cpuMs(t), note })
      rss.push(`${name} ${Math.round(rssMb())} MB`)
    }

    const feeds: ParsedItem[][] = []
    await stage('parse', 'feed bytes → items on the reading thread (charset, XML, normalise, clean HTML)', async () => {
      for (const [n, doc] of docs.entries()) feeds.push((await app.poller.ctx.reader.parseFeed(doc, 'application/rss+xml; charset=utf-8', `http://127.0.0.1:9/f/${n}.xml`)).items)
    })
    const items = feeds.reduce((sum, f) => sum + f.length, 0)
    const tags: ItemTags[][][] = []
    await stage('tag', 'Simplified text → departments, place, unit, severity on the tagging thread (with the messages there and back)', async () => {
      for (const feed of feeds) {
        const perBatch: ItemTags[][] = []
        for (const batch of batchesOf(feed)) perBatch.push(await tagFresh(app.tagItems, batch))
        tags.push(perBatch)
      }
    })
    let dedupeMs = 0
    await stage('dedupe', 'MinHash signature of each report (shingles, 64 hashes); store repeats it', async () => {
      for (const feed of feeds) for (const p of feed) signatureOf(storyText(p.title, p.summary))
    })
    dedupeMs = figures.at(-1)!.ms
    const stored: StoredBatch[] = []
    await stage('store', 'one transaction per batch of 25: repeat checks, story matching, item and story rows, tag rows (trigger), event log; less the signatures (stage dedupe)', async () => {
      for (const [f, feed] of feeds.entries()) for (const [b, batch] of batchesOf(feed).entries()) stored.push(await storeNewItems(app.db, ids[f]!, batch, tags[f]![b]!, now))
    })
    figures.at(-1)!.ms -= dedupeMs
    await stage('search_index', 'search words on the tagging thread, rows into the FTS5 index', async () => {
      await catchUpIndex(app.db)
    })
    await stage('publish', 'item:created and story:updated to the realtime layer (coalesced broadcasts; no socket connected, bench/ingest-latency.ts has 200)', async () => {
      for (const batch of stored) {
        batch.items.forEach((item, i) => app.realtime.publish('item:created', { seq: batch.seqs[i]!, data: item }))
        for (const { story, seq } of batch.stories) app.realtime.publish('story:updated', { seq, data: story })
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    const total = figures.reduce((sum, f) => sum + f.ms, 0)
    for (const f of figures) report(`ingest.stage_${f.stage}_ms_per_item`, f.ms / items, 'ms', `${f.note}; CPU of all threads / ${items} items`)
    report('ingest.stages_sum_ms_per_item', total / items, 'ms', `sum of the stages above (fetch not included); process RSS after each: ${rss.join(', ')}`)
  } finally {
    await app.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

if (isMain(import.meta.url)) await run()
