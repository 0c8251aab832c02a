import { pathToFileURL } from 'node:url'
import Parser from 'rss-parser'
import { parseFeedBytes } from '../server/ingest/parse-feed.ts'

export interface BenchFigure {
  name: string
  value: number
  unit: string
  note: string
}

const ITEMS = 1000
const ROUNDS = 21

const PLACES = ['济南市历下区', '青岛市黄岛区', '烟台市芝罘区', '潍坊市寿光市', '临沂市兰山区', '淄博市张店区', '威海市环翠区', '日照市东港区']
const TOPICS = ['午餐分量不足引家长关注', '道路维修进展通报', '供暖不热群众反映强烈', '学校周边交通拥堵', '农贸市场价格波动', '小区物业纠纷调解', '河道污染整治情况', '医保报销流程优化']

/** A deterministic 1,000-item Chinese RSS 2.0 feed with the markup and entities real feeds carry. */
export function chineseFeed(items = ITEMS): string {
  const parts: string[] = []
  for (let i = 0; i < items; i++) {
    const place = PLACES[i % PLACES.length]!
    const topic = TOPICS[(i * 7) % TOPICS.length]!
    const date = new Date(Date.UTC(2025, 5, 10, 0, 0, 0) - i * 60_000).toUTCString()
    parts.push(
      `<item><title>${place}${topic}（第${i}期）&nbsp;&hellip;</title><link>https://news.example.cn/sd/${i}.html</link>` +
        `<guid isPermaLink="false">sd-${i}</guid><pubDate>${date}</pubDate>` +
        `<description><![CDATA[<p>据网友反映，${place}${topic}。记者联系相关部门了解到，工作人员已到现场核实处理，<b>将尽快</b>回应群众关切。</p>]]></description></item>`,
    )
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>山东舆情测试源</title><link>https://news.example.cn/</link>${parts.join('')}</channel></rss>`
}

/** CPU time of the whole process (every thread: the JIT's and the GC's too), in seconds. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/**
 * Items per CPU second of each parser, measured in alternating rounds (ours, theirs, ours, …) so
 * that whatever else the machine does falls on both alike; CPU time, not wall time, since a busy
 * machine stretches wall time by whatever the scheduler gives other processes.
 */
async function itemsPerCpuSecond(parsers: Array<() => Promise<number>>): Promise<number[]> {
  for (let i = 0; i < 3; i++) for (const parse of parsers) await parse() // warm-up: JIT, lazy tables
  const times: number[][] = parsers.map(() => [])
  const counts = parsers.map(() => 0)
  for (let round = 0; round < ROUNDS; round++) {
    for (let p = 0; p < parsers.length; p++) {
      const start = cpuSeconds()
      counts[p] = await parsers[p]!()
      times[p]!.push(cpuSeconds() - start)
    }
  }
  return parsers.map((_, p) => counts[p]! / median(times[p]!))
}

/**
 * parse.ratio_to_rss_parser: our full path (bytes → decode → entity pre-pass → rss-parser's
 * parseString → mapping and sanitising) over a bare parseString on the same text. Ours runs
 * parseString itself, so the ratio is below 1 by what decoding and cleaning cost.
 */
export async function run(): Promise<BenchFigure[]> {
  const text = chineseFeed()
  const bytes = Buffer.from(text, 'utf8')
  const rss = new Parser()
  const probe = await parseFeedBytes(bytes, 'application/rss+xml; charset=utf-8')
  // The figure means nothing if this feed silently went to the lenient reader.
  if (probe.parser !== 'rss-parser' || probe.items.length !== ITEMS) throw new Error(`bench feed read by ${probe.parser} with ${probe.items.length} items`)
  const [ours, theirs] = (await itemsPerCpuSecond([
    async () => (await parseFeedBytes(bytes, 'application/rss+xml; charset=utf-8')).items.length,
    async () => (await rss.parseString(text)).items.length,
  ])) as [number, number]
  const note =
    `${ITEMS}-item Chinese RSS (${(bytes.length / 1024).toFixed(0)} KB), process CPU time, median of ${ROUNDS} alternating rounds, ` +
    'both in this process; ours = decode + rss-parser parseString + mapping + HTML cleaning, theirs = bare parseString'
  return [
    { name: 'parse.ratio_to_rss_parser', value: Number((ours / theirs).toFixed(3)), unit: 'ratio', note },
    { name: 'parse.items_per_s', value: Math.round(ours), unit: 'items/s', note },
    { name: 'parse.rss_parser_items_per_s', value: Math.round(theirs), unit: 'items/s', note },
  ]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const figure of await run()) console.log(JSON.stringify(figure))
}
