import type { PreviewReply as RetagPreviewReply } from '@shared/api/catalogue.ts'
import type { Department } from '@shared/types/department.ts'
import type { CatalogueReply, CorrectionsReply, PutCatalogueReply } from '@shared/api/catalogue.ts'
import type { CreatedSource, NewSource, PolledSource, PushToken, Source, SourcePatch, TestedFeed } from '@shared/api/sources.ts'
import type { SourceKind } from '@shared/types/source.ts'
import { getJson, sendJson } from '../../shared/api.ts'

export type { CreatedSource, SourcePatch, TestedFeed }

export const testFeed = (url: string, kind?: SourceKind) => sendJson<TestedFeed>('POST', '/api/sources/test', kind && kind !== 'auto' ? { url, kind } : { url })
export const createSource = (body: NewSource) => sendJson<CreatedSource>('POST', '/api/sources', body)
export const patchSource = (id: number, body: SourcePatch) => sendJson<Source>('PATCH', `/api/sources/${id}`, body)
export const deleteSource = (id: number) => sendJson<Source>('DELETE', `/api/sources/${id}`, undefined)
export const pollSource = (id: number) => sendJson<PolledSource>('POST', `/api/sources/${id}/poll`, {})
export const rotateToken = (id: number) => sendJson<PushToken>('POST', `/api/sources/${id}/token`, {})

export const fetchCatalogue = () => getJson<CatalogueReply>('/api/departments')
export const previewCatalogue = (departments: Department[]) => sendJson<RetagPreviewReply>('POST', '/api/departments/preview', { departments })
export const applyCatalogue = (departments: Department[]) => sendJson<PutCatalogueReply>('PUT', '/api/departments', { departments })
export const fetchCorrections = () => getJson<CorrectionsReply>('/api/departments/corrections')
