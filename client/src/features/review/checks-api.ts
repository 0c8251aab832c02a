import type { CheckFilter, CheckList, CheckResultInput, NewCheck, SpotCheck } from '@shared/api/review.ts'
import { getJson, sendJson } from '../../shared/api.ts'

export type { CheckFilter, CheckResultInput, SpotCheck } from '@shared/api/review.ts'

export function fetchChecks(filter: CheckFilter): Promise<CheckList> {
  const q = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''))
  return getJson(`/api/review/checks${q.size ? `?${q}` : ''}`)
}

export function drawCheck(body: Omit<NewCheck, 'actor'>): Promise<SpotCheck> {
  return sendJson('POST', '/api/review/checks', body)
}

export function recordCheck(id: number, results: CheckResultInput[]): Promise<SpotCheck> {
  return sendJson('POST', `/api/review/checks/${id}/result`, { results })
}
