import { Agent, fetch } from 'undici'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { checkFeedUrl } from './url-guard.ts'

export const USER_AGENT = 'yuqing-watch/0.1 (public-opinion monitor; feed reader)'
export const MAX_REDIRECTS = 5

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
  | { status: 'ok'; bytes: Uint8Array; contentType: string | null; etag: string | null; lastModified: string | null }

/** One agent for all feeds: at most two connections per host, so one slow site cannot take them all. */
export function createFeedAgent(limits: FetchLimits = DEFAULT_LIMITS): Agent {
  return new Agent({ connections: 2, connect: { timeout: limits.connectTimeoutMs } })
}

async function readCapped(body: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let total = 0
  for await (const chunk of body) {
    total += chunk.byteLength
    if (total > maxBytes)
      throw new YqError(ErrorCode.FEED_TOO_LARGE, `the response is larger than ${Math.round(maxBytes / 1048576)} MB`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

function describeNetworkError(err: unknown, totalMs: number): YqError {
  if (err instanceof YqError) return err
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } }
  if (e.name === 'TimeoutError' || e.name === 'AbortError' || e.cause?.code === 'UND_ERR_CONNECT_TIMEOUT')
    return new YqError(ErrorCode.FEED_TIMEOUT, `no complete answer within ${totalMs / 1000} s`)
  const detail = e.cause?.code ?? e.cause?.message ?? e.message ?? String(err)
  return new YqError(ErrorCode.FEED_NETWORK, `could not reach the feed (${detail})`)
}

/**
 * Fetches a feed with a conditional GET. Redirects are followed by hand so each hop is checked
 * against the address rules, and the total timeout covers connect, headers and body together.
 */
export async function fetchFeed(
  request: FetchRequest,
  agent: Agent,
  limits: FetchLimits = DEFAULT_LIMITS,
): Promise<FetchResult> {
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
      const res = await fetch(url, { dispatcher: agent, redirect: 'manual', headers, signal })
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        const location = res.headers.get('location')
        await res.body?.cancel()
        if (!location) throw new YqError(ErrorCode.FEED_HTTP, `HTTP ${res.status} without a Location`)
        url = new URL(location, url).href
        continue
      }
      if (res.status === 304) return { status: 'not-modified' }
      if (!res.ok) {
        await res.body?.cancel()
        throw new YqError(ErrorCode.FEED_HTTP, `HTTP ${res.status} ${res.statusText}`.trim())
      }
      const length = Number(res.headers.get('content-length') ?? 0)
      if (length > limits.maxBytes) {
        await res.body?.cancel()
        throw new YqError(ErrorCode.FEED_TOO_LARGE, `the response is larger than ${Math.round(limits.maxBytes / 1048576)} MB`)
      }
      const bytes = res.body ? await readCapped(res.body, limits.maxBytes) : new Uint8Array()
      return {
        status: 'ok',
        bytes,
        contentType: res.headers.get('content-type'),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
      }
    }
    throw new YqError(ErrorCode.FEED_REDIRECTS, `more than ${MAX_REDIRECTS} redirects`)
  } catch (err) {
    throw describeNetworkError(err, limits.totalTimeoutMs)
  }
}
