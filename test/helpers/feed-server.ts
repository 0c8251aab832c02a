import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { onTestFinished } from 'vitest'

export interface FeedEntry {
  guid: string
  title: string
  description?: string
  pubDate?: Date
}

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void

export interface FeedServer {
  url(path?: string): string
  /** Entries served as RSS 2.0 at /feed.xml, newest first. */
  entries: FeedEntry[]
  publish(entry: FeedEntry): void
  /** Extra paths with hand-written behaviour (errors, slow bodies, …). */
  route(path: string, handler: Route): void
  requests: number
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function renderRss(entries: FeedEntry[]): string {
  const items = entries
    .map(
      (e) =>
        `<item><guid>${escapeXml(e.guid)}</guid><title>${escapeXml(e.title)}</title>` +
        `<link>https://news.example.cn/${encodeURIComponent(e.guid)}</link>` +
        `<description>${escapeXml(e.description ?? '')}</description>` +
        `<pubDate>${(e.pubDate ?? new Date()).toUTCString()}</pubDate></item>`,
    )
    .join('')
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>测试源</title><link>https://news.example.cn/</link>${items}</channel></rss>`
}

/** An RSS server on 127.0.0.1, closed when the test ends. */
export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>()
  const state: FeedServer = {
    entries: [],
    requests: 0,
    url: (p = '/feed.xml') => `http://127.0.0.1:${(server.address() as AddressInfo).port}${p}`,
    publish(entry) {
      state.entries.unshift(entry)
    },
    route(p, handler) {
      routes.set(p, handler)
    },
  }
  const sockets = new Set<import('node:net').Socket>()
  const server = http.createServer((req, res) => {
    state.requests++
    const custom = routes.get(req.url ?? '')
    if (custom) return custom(req, res)
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
      return res.end(renderRss(state.entries))
    }
    res.writeHead(404).end('not found')
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  onTestFinished(async () => {
    for (const s of sockets) s.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })
  return state
}
