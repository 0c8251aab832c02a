import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { Agent, fetch } from 'undici'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { checkFeedUrl, isPrivateAddress } from './url-guard.ts'

export const USER_AGENT = 'yuqing-watch/0.1 (public-opinion monitor; feed reader)'
export const MAX_REDIRECTS = 5
/** A Retry-After longer than a day is a mistake or an attack on our schedule; it is capped. */
export const MAX_RETRY_AFTER_S = 86_400

export interface FetchLimits {
  connectTimeoutMs: number
  totalTimeoutMs: number
  maxBytes: number
}

export const DEFAULT_LIMITS: FetchLimits = {
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
}

export interface FetchRequest {
  url: string
  etag?: string | null
  lastModified?: string | null
  allowPrivate: boolean
}

export type FetchResult =
  | { status: 'not-modified' }
  | { status: 'ok'; bytes: Uint8Array; contentType: string | null; etag: string | null; lastModified: string | null; url: string }

/** A failed fetch; `retryAfterS` is the publisher's own Retry-After, when it sent one. */
export class FeedFetchError extends YqError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly retryAfterS: number | null = null,
  ) {
    super(code, message, 502)
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

/**
 * DNS lookup used when connecting: the address actually dialled is checked, so a host that
 * resolved to a public address when the source was added cannot later point at the intranet.
 */
function guardedLookup(hostname: string, options: object, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, [])
    const list = addresses as LookupAddress[]
    const refused = list.find((a) => isPrivateAddress(a.address))
    if (refused) {
      const error: NodeJS.ErrnoException = new Error(`${hostname} resolved to the private address ${refused.address}`)
      error.code = 'YQ_PRIVATE_ADDRESS'
      return callback(error, [])
    }
    if ((options as { all?: boolean }).all) return callback(null, list)
    callback(null, list[0]!.address, list[0]!.family)
  })
}

/**
 * One agent for all feeds. `connections` bounds the sockets per origin; the poller also bounds
 * polls per host, so one slow site cannot take every slot.
 */
export function createFeedAgent(limits: FetchLimits = DEFAULT_LIMITS, options: { allowPrivate?: boolean; connectionsPerOrigin?: number } = {}): Agent {
  return new Agent({
    connections: options.connectionsPerOrigin ?? 4,
    connect: { timeout: limits.connectTimeoutMs, ...(options.allowPrivate === false ? { lookup: guardedLookup } : {}) },
    headersTimeout: limits.totalTimeoutMs,
    bodyTimeout: limits.totalTimeoutMs,
  })
}

function tooLarge(maxBytes: number): FeedFetchError {
  return new FeedFetchError(ErrorCode.FEED_TOO_LARGE, `the response is larger than ${Math.round(maxBytes / 1048576)} MB`)
}

/**
 * Reads the body with a plain reader: the async iterator releases its lock at the end, which
 * builds an Error, and with --enable-source-maps (npm start) the first such stack parsed the
 * bundle's 11 MB source map on the event loop (2.4 s).
 */
async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      throw tooLarge(maxBytes)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: Date): number | null {
  if (!value) return null
  const trimmed = value.trim()
  const seconds = /^\d+$/.test(trimmed) ? Number(trimmed) : (Date.parse(trimmed) - now.getTime()) / 1000
  if (!Number.isFinite(seconds)) return null
  return Math.min(MAX_RETRY_AFTER_S, Math.max(0, Math.ceil(seconds)))
}

function describeNetworkError(err: unknown, totalMs: number): YqError {
  if (err instanceof YqError) return err
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } }
  const code = e.cause?.code
  if (e.name === 'TimeoutError' || e.name === 'AbortError' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT')
    return new FeedFetchError(ErrorCode.FEED_TIMEOUT, `no complete answer within ${totalMs / 1000} s`)
  if (code === 'YQ_PRIVATE_ADDRESS')
    return new FeedFetchError(ErrorCode.SOURCE_URL_REFUSED, `${e.cause?.message ?? 'a private address'}; set YQ_ALLOW_PRIVATE_FEEDS=1 to allow it`)
  const detail = code ?? e.cause?.message ?? e.message ?? String(err)
  return new FeedFetchError(ErrorCode.FEED_NETWORK, `could not reach the feed (${detail})`)
}

/** A kept-alive socket the server closed just as we reused it is retried once on a fresh one. */
async function fetchOnce(url: string, agent: Agent, headers: Record<string, string>, signal: AbortSignal) {
  try {
    return await fetch(url, { dispatcher: agent, redirect: 'manual', headers, signal })
  } catch (err) {
    const code = (err as { cause?: { code?: string } }).cause?.code
    if (signal.aborted || (code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET' && code !== 'EPIPE')) throw err
    return fetch(url, { dispatcher: agent, redirect: 'manual', headers, signal })
  }
}

/**
 * Fetches a feed with a conditional GET. Redirects are followed by hand so each hop is checked
 * against the address rules, and the total timeout covers connect, headers and body together.
 */
export async function fetchFeed(request: FetchRequest, agent: Agent, limits: FetchLimits = DEFAULT_LIMITS, now = new Date()): Promise<FetchResult> {
  const signal = AbortSignal.timeout(limits.totalTimeoutMs)
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8',
  }
  if (request.etag) headers['if-none-match'] = request.etag
  if (request.lastModified) headers['if-modified-since'] = request.lastModified
  let url = request.url
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      await checkFeedUrl(url, request.allowPrivate)
      const res = await fetchOnce(url, agent, headers, signal)
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        const location = res.headers.get('location')
        await res.body?.cancel()
        if (!location) throw new FeedFetchError(ErrorCode.FEED_HTTP, `HTTP ${res.status} without a Location`)
        url = new URL(location, url).href
        continue
      }
      if (res.status === 304) return { status: 'not-modified' }
      if (!res.ok) {
        await res.body?.cancel()
        const retryAfter = parseRetryAfter(res.headers.get('retry-after'), now)
        throw new FeedFetchError(ErrorCode.FEED_HTTP, `HTTP ${res.status} ${res.statusText}`.trim(), retryAfter)
      }
      const length = Number(res.headers.get('content-length') ?? 0)
      if (length > limits.maxBytes) {
        await res.body?.cancel()
        throw tooLarge(limits.maxBytes)
      }
      const bytes = res.body ? await readCapped(res.body, limits.maxBytes) : new Uint8Array()
      return {
        status: 'ok',
        bytes,
        contentType: res.headers.get('content-type'),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
        url,
      }
    }
    throw new FeedFetchError(ErrorCode.FEED_REDIRECTS, `more than ${MAX_REDIRECTS} redirects`)
  } catch (err) {
    throw describeNetworkError(err, limits.totalTimeoutMs)
  }
}
