/**
 * The feed-reading thread: decodes, parses and cleans untrusted documents and pushed posts off
 * the event loop, so a feed that is slow to read (a 4.5 MB feed of 20,000 items takes 2 s, a
 * hostile one until the time limit) never delays a health check, a wall or a sign-in.
 */
import { parentPort } from 'node:worker_threads'
import { YqError } from '@shared/errors.ts'
import type { ParsedItem } from './feed-formats.ts'
import { readJsonItem } from './json-feed.ts'
import { parseFeedBytes, type ParsedFeed } from './parse-feed.ts'

export type ParseRequest =
  | { id: number; type: 'feed'; bytes: Uint8Array; contentType: string | null; feedUrl: string | null }
  | { id: number; type: 'push'; items: unknown[] }

export type ParseReply =
  | { id: number; feed: ParsedFeed }
  | { id: number; items: ParsedItem[] }
  | { id: number; error: { code: string | null; message: string } }

async function answer(req: ParseRequest): Promise<ParseReply> {
  try {
    if (req.type === 'push') return { id: req.id, items: req.items.map((raw) => readJsonItem(raw, null)).filter((i): i is ParsedItem => i !== null) }
    return { id: req.id, feed: await parseFeedBytes(req.bytes, req.contentType, req.feedUrl) }
  } catch (err) {
    return { id: req.id, error: { code: err instanceof YqError ? err.code : null, message: err instanceof Error ? err.message : String(err) } }
  }
}

parentPort!.on('message', (req: ParseRequest) => {
  void answer(req).then((reply) => parentPort!.postMessage(reply))
})
// Loading this thread's modules takes seconds under tsx: a document's time limit starts after it.
parentPort!.postMessage({ ready: true })
