import type { Case } from '@shared/types/case.ts'
import { api } from './case-fixtures.ts'
import { startTestApp, tempDataDir, type TestApp } from './test-app.ts'

/** Like startTestApp, with the review's randomness injected. */
export function startReviewApp(random: () => number): Promise<TestApp> {
  return startTestApp({}, tempDataDir('yq-review-'), { random })
}

export interface CaseSpec {
  title: string
  unit_id: string
  clock_start: string
  kind?: 'incident' | 'opinion'
  level?: 'I' | 'II' | 'III' | 'IV'
  drill?: boolean
  origin?: 'detected' | 'provincial_office_forward'
}

/** Opens a case through the API with its clock in the past. */
export async function openCase(baseUrl: string, spec: CaseSpec): Promise<number> {
  const res = await api(baseUrl, 'POST', '/api/cases', { kind: 'opinion', level: 'III', item_ids: [], clock_start_reason: '补录', ...spec })
  if (res.status !== 201) throw new Error(`case not created: ${JSON.stringify(res.body)}`)
  return res.body.id
}

/** Files a timeline event at a past instant; reports get a public link. */
export async function fileEvent(baseUrl: string, id: number, type: string, at: string, extra: Record<string, string> = {}): Promise<Case> {
  const url = ['response', 'authoritative_info', 'follow_up'].includes(type) ? { url: `https://www.shandong.gov.cn/art/${id}/${type}.html` } : {}
  const res = await api(baseUrl, 'POST', `/api/cases/${id}/events`, { type, at, ...url, ...extra })
  if (res.status !== 201) throw new Error(`event ${type} on case ${id} refused: ${JSON.stringify(res.body)}`)
  return res.body
}

/** A seeded PRNG (mulberry32) so samples are reproducible. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
