import type { SendFailure, SendResult } from './channel.ts'
import { failure } from './http-send.ts'
import { snippet } from './mask.ts'
import { type CodeRule, ROBOT_WORDS } from './words.ts'

/**
 * A robot's JSON answer → SendResult. Robots answer HTTP 200 with their own code (0 = sent);
 * an answer without that code is not a robot's answer at all (a gateway, a login page in JSON).
 */
export function robotResult(
  provider: string,
  rules: readonly CodeRule[],
  answer: { code: unknown; msg: unknown },
  secrets: readonly string[],
): SendResult {
  const code = typeof answer.code === 'number' ? answer.code : typeof answer.code === 'string' && /^-?\d+$/.test(answer.code) ? Number(answer.code) : null
  const msg = typeof answer.msg === 'string' ? answer.msg : ''
  if (code === null) return failure(ROBOT_WORDS.notRobotAnswer(provider), false, { detail: snippet(JSON.stringify(answer), secrets) })
  if (code === 0) return { ok: true }
  const rule = rules.find((r) => r.code === code && (!r.msg || r.msg.test(msg)))
  const detail = snippet(`${code} ${msg}`, secrets)
  if (!rule) return failure(ROBOT_WORDS.unknownCode(provider, code), false, { detail })
  const out: SendFailure = failure(rule.words, rule.retryable, { rateLimited: rule.rateLimited ?? false, detail })
  if (rule.retryAfterMs !== undefined) out.retryAfterMs = rule.retryAfterMs
  return out
}

export function asObject(json: unknown): Record<string, unknown> {
  return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {}
}
