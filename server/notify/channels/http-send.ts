import { isIP } from 'node:net'
import type { Agent } from 'undici'
import { fetch } from 'undici'
import { YqError } from '@shared/errors.ts'
import { checkFeedUrl, createFeedAgent, parseRetryAfter } from '../../ingest/index.ts'
import type { SendContext, SendFailure } from './channel.ts'
import { snippet } from './mask.ts'
import { ANSWER_CAP_BYTES, WORDS } from './words.ts'

/** The longest one attempt may take, connect to last byte; the dispatcher may pass a shorter signal. */
export const sendTimeoutMs = 15_000
export const USER_AGENT = 'yuqing-watch/0.1 (notification sender)'

// Two agents for the process: the guarded one checks the address actually dialled (a robot host
// that later resolves to the intranet is refused at connect time), the open one is for
// deployments that allow private addresses.
const agents: { guarded?: Agent; open?: Agent } = {}
function agentFor(allowPrivate: boolean): Agent {
  const limits = { connectTimeoutMs: 10_000, totalTimeoutMs: sendTimeoutMs, maxBytes: ANSWER_CAP_BYTES }
  if (allowPrivate) return (agents.open ??= createFeedAgent(limits, { allowPrivate: true }))
  return (agents.guarded ??= createFeedAgent(limits, { allowPrivate: false }))
}

export function failure(error: string, retryable: boolean, extra: Partial<SendFailure> = {}): SendFailure {
  return { ok: false, retryable, rateLimited: false, error, ...extra }
}

export interface HttpRequest {
  url: string
  method?: 'POST' | 'PUT'
  body: string
  headers?: Record<string, string>
  /** Removed from every detail this helper reports. */
  secrets: readonly string[]
  /** Robots answer JSON even on success; a generic webhook's 2xx is enough. */
  expectJson: boolean
  /** The URL is the operator's own deployment setting (YQ_SMS_URL), not a channel row: it may be on the intranet. */
  trusted?: boolean
}

export type HttpOutcome = { ok: true; status: number; json: unknown } | SendFailure

/** Reads at most `cap` bytes, then stops: a 10 MB (or endless) answer is never buffered whole. */
async function readCapped(body: ReadableStream<Uint8Array>, cap: number): Promise<{ text: string; truncated: boolean }> {
  const chunks: Uint8Array[] = []
  let total = 0
  let truncated = false
  const reader = body.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > cap) {
        chunks.push(value.subarray(0, value.byteLength - (total - cap)))
        truncated = true
        break
      }
      chunks.push(value)
    }
  } finally {
    if (truncated) await reader.cancel().catch(() => undefined)
    reader.releaseLock()
  }
  return { text: Buffer.concat(chunks).toString('utf8'), truncated }
}

async function guardUrl(url: string, allowPrivate: boolean, secrets: readonly string[]): Promise<SendFailure | null> {
  try {
    await checkFeedUrl(url, allowPrivate)
    return null
  } catch (err) {
    const message = err instanceof YqError ? err.message : String(err)
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return failure(WORDS.urlInvalid, false)
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return failure(WORDS.urlInvalid, false)
    // A name that does not resolve now may resolve later (DNS outage); a private address will not change.
    if (!isIP(parsed.hostname.replace(/^\[|\]$/g, '')) && /does not resolve/.test(message)) return failure(WORDS.hostUnresolved, true, { detail: parsed.hostname })
    return failure(WORDS.urlRefused, false, { detail: snippet(message, secrets) })
  }
}

function networkFailure(err: unknown, signal: AbortSignal, secrets: readonly string[]): SendFailure {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } }
  const code = e.cause?.code ?? ''
  if (signal.aborted || e.name === 'TimeoutError' || e.name === 'AbortError' || /TIMEOUT/.test(code)) return failure(WORDS.timeout, true)
  if (code === 'YQ_PRIVATE_ADDRESS') return failure(WORDS.urlRefused, false, { detail: snippet(e.cause?.message ?? '', secrets) })
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return failure(WORDS.hostUnresolved, true)
  return failure(WORDS.network(code || 'network'), true, { detail: snippet(e.cause?.message ?? e.message ?? String(err), secrets) })
}

/**
 * One HTTP attempt for any HTTP channel: address guard, timeout, capped answer, status and JSON
 * classification. Never throws; redirects are not followed (each hop would need the guard, and
 * a robot that redirects is misconfigured).
 */
export async function sendHttp(req: HttpRequest, ctx: SendContext): Promise<HttpOutcome> {
  const allowPrivate = req.trusted === true || (ctx.deployment?.allowPrivate ?? false)
  const refused = await guardUrl(req.url, allowPrivate, req.secrets)
  if (refused) return refused
  const signal = AbortSignal.any([ctx.signal, AbortSignal.timeout(sendTimeoutMs)])
  let res: Awaited<ReturnType<typeof fetch>>
  let answer: { text: string; truncated: boolean }
  try {
    res = await fetch(req.url, {
      method: req.method ?? 'POST',
      body: req.body,
      headers: { 'content-type': 'application/json; charset=utf-8', accept: 'application/json', 'user-agent': USER_AGENT, ...req.headers },
      redirect: 'manual',
      dispatcher: agentFor(allowPrivate),
      signal,
    })
    answer = res.body ? await readCapped(res.body as ReadableStream<Uint8Array>, ANSWER_CAP_BYTES) : { text: '', truncated: false }
  } catch (err) {
    return networkFailure(err, signal, req.secrets)
  }
  const detail = (): string => `HTTP ${res.status}: ${snippet(answer.text, req.secrets)}`
  if (res.status === 429) {
    const after = parseRetryAfter(res.headers.get('retry-after'), ctx.now())
    return failure(WORDS.httpRateLimited, true, { rateLimited: true, detail: detail(), ...(after !== null ? { retryAfterMs: after * 1000 } : {}) })
  }
  if (res.status >= 500) return failure(WORDS.httpServer(res.status), true, { detail: detail() })
  if (res.status >= 300 && res.status < 400) return failure(WORDS.redirect(res.status), false, { detail: `HTTP ${res.status}` })
  if (!req.expectJson) return res.status >= 400 ? failure(WORDS.httpClient(res.status), false, { detail: detail() }) : { ok: true, status: res.status, json: null }
  if (answer.truncated) return failure(WORDS.tooLarge, false, { detail: snippet(answer.text, req.secrets) })
  // Robots put their own error code in a JSON body, on 200 and on 4xx alike: the adapter reads it.
  try {
    return { ok: true, status: res.status, json: JSON.parse(answer.text) as unknown }
  } catch {
    if (res.status >= 400) return failure(WORDS.httpClient(res.status), false, { detail: detail() })
    return failure(WORDS.notJson, false, { detail: snippet(answer.text, req.secrets) || '（空回答）' })
  }
}
