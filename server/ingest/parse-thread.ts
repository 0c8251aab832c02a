import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { ErrorCode, YqError, type ErrorCode as Code } from '@shared/errors.ts'
import { REPO_ROOT } from '../paths.ts'
import type { ParsedItem } from './feed-formats.ts'
import type { ParsedFeed } from './parse-feed.ts'
import type { ParseReply, ParseRequest } from './parse-worker.ts'

/** Reads untrusted feeds and posts; the poller, 测试抓取 and the push route share one. */
export interface FeedReader {
  parseFeed(bytes: Uint8Array, contentType: string | null, feedUrl: string | null): Promise<ParsedFeed>
  readPushItems(raw: unknown[]): Promise<ParsedItem[]>
}

/**
 * Heap allowed to the reading thread. A document that needs more is refused rather than let
 * grow the process: the nesting and element limits keep real feeds (10 MB at most) far below it.
 */
export const PARSE_HEAP_MB = 256

interface Job {
  req: ParseRequest
  resolve: (reply: ParseReply) => void
  reject: (err: Error) => void
}

function workerEntry(): string {
  const bundled = path.join(path.dirname(fileURLToPath(import.meta.url)), 'parse-worker.mjs')
  return fs.existsSync(bundled) ? bundled : path.join(REPO_ROOT, 'server/ingest/parse-worker-boot.mjs')
}

/**
 * One reading thread, one document at a time, each with a time limit counted from when the
 * thread starts on it. A document over the limit (or over the heap) ends the thread, so its
 * work stops there; the next document gets a fresh one. @see server/classify/tag-thread.ts
 */
export class ThreadFeedReader implements FeedReader {
  private worker: Worker | null = null
  private ready = false
  private readonly queue: Job[] = []
  private current: { job: Job; timer: NodeJS.Timeout } | null = null
  private nextId = 1

  constructor(private readonly timeoutMs: number) {}

  async parseFeed(bytes: Uint8Array, contentType: string | null, feedUrl: string | null): Promise<ParsedFeed> {
    const reply = await this.run({ id: this.nextId++, type: 'feed', bytes, contentType, feedUrl })
    if (!('feed' in reply)) throw new Error('the reading thread answered a feed with posts')
    return reply.feed
  }

  async readPushItems(raw: unknown[]): Promise<ParsedItem[]> {
    const reply = await this.run({ id: this.nextId++, type: 'push', items: raw })
    if (!('items' in reply)) throw new Error('the reading thread answered posts with a feed')
    return reply.items
  }

  /** Ends the thread (tests, shutdown); queued documents fail, a later call starts a new one. */
  async close(): Promise<void> {
    const w = this.worker
    this.worker = null
    this.fail(new Error('the feed reader was closed'))
    for (const job of this.queue.splice(0)) job.reject(new Error('the feed reader was closed'))
    await w?.terminate()
  }

  private run(req: ParseRequest): Promise<ParseReply> {
    return new Promise<ParseReply>((resolve, reject) => {
      this.queue.push({ req, resolve, reject })
      this.startNext()
    }).then((reply) => {
      if ('error' in reply) throw new YqError((reply.error.code ?? ErrorCode.FEED_NOT_FEED) as Code, reply.error.message)
      return reply
    })
  }

  private startNext(): void {
    if (this.current || this.queue.length === 0) return
    const w = this.thread()
    w.ref()
    if (!this.ready) return // the ready message starts it
    const job = this.queue.shift()!
    const timer = setTimeout(() => {
      this.fail(new YqError(ErrorCode.FEED_TOO_COMPLEX, `reading the feed took longer than ${this.timeoutMs / 1000} s; it was abandoned`))
      this.restart()
    }, this.timeoutMs)
    this.current = { job, timer }
    w.postMessage(job.req)
  }

  private thread(): Worker {
    if (this.worker) return this.worker
    // execArgv: [] keeps the parent's tsx flags out (see tag-thread.ts).
    const w = new Worker(workerEntry(), { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: PARSE_HEAP_MB } })
    w.on('message', (reply: ParseReply | { ready: true }) => {
      if ('ready' in reply) {
        this.ready = true
        return this.startNext()
      }
      if (!this.current || this.current.job.req.id !== reply.id) return
      const { job, timer } = this.current
      clearTimeout(timer)
      this.current = null
      job.resolve(reply)
      if (this.queue.length === 0) w.unref()
      this.startNext()
    })
    const died = (err: Error) => {
      if (this.worker !== w) return
      const outOfMemory = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
      this.fail(outOfMemory ? new YqError(ErrorCode.FEED_TOO_COMPLEX, `reading the feed needed more than ${PARSE_HEAP_MB} MB; it was abandoned`) : err)
      this.restart()
    }
    w.on('error', died)
    w.on('exit', (code) => died(new Error(`the feed reading thread exited with code ${code}`)))
    w.unref()
    this.worker = w
    this.ready = false
    return w
  }

  private fail(err: Error): void {
    if (!this.current) return
    clearTimeout(this.current.timer)
    this.current.job.reject(err)
    this.current = null
  }

  private restart(): void {
    const w = this.worker
    this.worker = null
    void w?.terminate()
    this.startNext()
  }
}
