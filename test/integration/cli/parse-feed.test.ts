import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { tempDataDir } from '../../helpers/test-app.ts'

const ROOT = path.resolve(import.meta.dirname, '../../..')

function runCli(files: string[]): { status: number | null; lines: Record<string, unknown>[] } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/parse-feed.ts', ...files], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  const lines = result.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>)
  return { status: result.status, lines }
}

describe('parse-feed CLI', () => {
  it('prints one JSON line per file in order, with plain titles and UTC dates, and exits 0', () => {
    const dir = tempDataDir()
    const gbk = path.join(dir, 'gbk.xml')
    fs.writeFileSync(
      gbk,
      iconv.encode('<?xml version="1.0" encoding="gbk"?><rss version="2.0"><channel><title>山东发布</title><link>https://sd.example.cn/</link><item><guid>1</guid><title>朱镕基&nbsp;视察&hellip;</title><link>/a/1</link><pubDate>Tue, 10 Jun 2025 08:00:00 +0800</pubDate><description>&lt;p&gt;正文&lt;/p&gt;</description></item></channel></rss>', 'gbk'),
    )
    // Big5 without a declaration: the detector, not the XML header, names it.
    const big5 = path.join(dir, 'big5.xml')
    fs.writeFileSync(
      big5,
      iconv.encode(`<rss version="2.0"><channel><title>臺灣新聞網</title><link>https://tw.example.org/</link>${Array.from({ length: 15 }, (_, i) => `<item><guid>${i}</guid><title>縣政府發佈颱風警報與停班停課決定第${i}則</title><link>https://tw.example.org/${i}</link></item>`).join('')}</channel></rss>`, 'big5'),
    )
    const { status, lines } = runCli([gbk, big5])
    expect(status).toBe(0)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toEqual({
      file: gbk,
      encoding: 'gb18030',
      title: '山东发布',
      link: 'https://sd.example.cn/',
      items: [{ guid: '1', title: '朱镕基\u00a0视察…', link: 'https://sd.example.cn/a/1', published: '2025-06-10T00:00:00.000Z', summary: '正文' }],
    })
    expect(lines[1]).toMatchObject({ file: big5, encoding: 'big5' })
    expect(lines[1]!.items).toHaveLength(15)
  })

  it('prints a one-line reason for a file that is not a feed and exits 1, still reading the others', () => {
    const dir = tempDataDir()
    const html = path.join(dir, 'page.html')
    fs.writeFileSync(html, '<!doctype html><html><body>首页</body></html>')
    const missing = path.join(dir, 'missing.xml')
    const good = path.join(dir, 'example.json')
    fs.writeFileSync(good, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'My Example Feed', home_page_url: 'https://example.org/', items: [{ id: '2', content_text: 'This is a second item.', url: 'https://example.org/second-item' }, { id: '1', content_html: '<p>Hello, world!</p>', url: 'https://example.org/initial-post' }] }))
    const { status, lines } = runCli([html, missing, good])
    expect(status).toBe(1)
    expect(lines[0]).toEqual({ file: html, error: expect.stringMatching(/HTML page/) })
    expect(lines[1]).toEqual({ file: missing, error: expect.stringMatching(/no such file/) })
    expect(lines[2]).toMatchObject({ file: good, title: 'My Example Feed' })
    expect((lines[2]!.items as unknown[]).length).toBe(2)
  })
})
