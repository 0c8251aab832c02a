import type { RetagPreviewReply, TestedFeed } from './admin-types.ts'
import type { Department } from '@shared/types/department.ts'
import type { Source, SourceKind } from '@shared/types/source.ts'
import { getJson, sendJson } from '../api.ts'

export interface CreatedSource extends Source {
  push_token?: string
  push_url?: string
}

export const testFeed = (url: string, kind?: SourceKind) => sendJson<TestedFeed>('POST', '/api/sources/test', kind && kind !== 'auto' ? { url, kind } : { url })
export const createSource = (body: { name: string; url?: string; kind: SourceKind; interval_s: number }) => sendJson<CreatedSource>('POST', '/api/sources', body)
export const patchSource = (id: number, body: { interval_s?: number; enabled?: boolean; name?: string }) => sendJson<Source>('PATCH', `/api/sources/${id}`, body)
export const deleteSource = (id: number) => sendJson<Source>('DELETE', `/api/sources/${id}`, undefined)
export const pollSource = (id: number) => sendJson<{ source: Source; new_items: number }>('POST', `/api/sources/${id}/poll`, {})
export const rotateToken = (id: number) => sendJson<{ push_token: string; push_url: string }>('POST', `/api/sources/${id}/token`, {})

export const fetchCatalogue = () => getJson<{ departments: Department[] }>('/api/departments')
export const previewCatalogue = (departments: Department[]) => sendJson<RetagPreviewReply>('POST', '/api/departments/preview', { departments })
export const applyCatalogue = (departments: Department[]) => sendJson<{ departments: Department[]; retag: { job_id: number; total: number } }>('PUT', '/api/departments', { departments })
