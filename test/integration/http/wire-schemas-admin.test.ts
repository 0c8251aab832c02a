import { describe, expect, it } from 'vitest'
import { CatalogueReply, CorrectionsReply, PreviewReply, PutCatalogueReply } from '@shared/api/catalogue.ts'
import { ErrorSchema } from '@shared/api/common.ts'
import { HealthReply } from '@shared/api/health.ts'
import { PolicyReply } from '@shared/api/policy.ts'
import { DEFAULT_PROFILE_ID, POLICY_PROFILES } from '@shared/policy/profile.ts'
import { defaultCatalogue } from '../../../server/classify/default-catalogue.ts'
import { api, insertItem } from '../../helpers/case-fixtures.ts'
import { rawFetch } from '../../helpers/auth-session.ts'
import { startTestApp } from '../../helpers/test-app.ts'
import { closed, problems } from '../../helpers/wire-check.ts'

describe('the catalogue, policy and health wire schemas (shared/api/) describe what the server really sends', () => {
  it('GET /api/departments returns the whole catalogue, nothing dropped by the serializer', async () => {
    const { baseUrl } = await startTestApp()
    const res = await api<CatalogueReply>(baseUrl, 'GET', '/api/departments')
    expect(res.status).toBe(200)
    expect(problems(closed(CatalogueReply), res.body)).toEqual([])
    // Every field of every department survives serialization: the schema names all of them.
    expect(res.body.departments).toEqual(defaultCatalogue())
  })

  it('a preview, a saved catalogue and the corrections summary match their schemas; a broken catalogue is refused with the error schema and changes nothing', async () => {
    const { app, baseUrl } = await startTestApp()
    await insertItem(app, new Date(Date.now() - 60_000), '济南市历下区一化工厂发生爆炸')
    const catalogue = defaultCatalogue()
    const renamed = catalogue.map((d) => (d.id === catalogue[0]!.id ? { ...d, local_name: `${d.local_name}（改）` } : d))

    const preview = await api<PreviewReply>(baseUrl, 'POST', '/api/departments/preview', { departments: renamed })
    expect(preview.status).toBe(200)
    expect(problems(closed(PreviewReply), preview.body)).toEqual([])
    expect(preview.body.total).toBeGreaterThan(0)

    const broken = await api(baseUrl, 'PUT', '/api/departments', { departments: [{ ...catalogue[0]!, terms: [] }] })
    expect(broken.status).toBe(400)
    expect(problems(closed(ErrorSchema), broken.body)).toEqual([])
    expect((await api<CatalogueReply>(baseUrl, 'GET', '/api/departments')).body.departments).toEqual(catalogue)

    const saved = await api<PutCatalogueReply>(baseUrl, 'PUT', '/api/departments', { departments: renamed })
    expect(saved.status).toBe(200)
    expect(problems(closed(PutCatalogueReply), saved.body)).toEqual([])
    expect(saved.body.departments).toEqual(renamed)

    const corrections = await api<CorrectionsReply>(baseUrl, 'GET', '/api/departments/corrections')
    expect(corrections.status).toBe(200)
    expect(problems(closed(CorrectionsReply), corrections.body)).toEqual([])
    expect((await api(baseUrl, 'GET', '/api/departments/corrections?limit=0')).status).toBe(400)
  })

  it('GET /api/policy carries every profile with each interval the policy module holds', async () => {
    const { baseUrl } = await startTestApp()
    const res = await api<PolicyReply>(baseUrl, 'GET', '/api/policy')
    expect(res.status).toBe(200)
    expect(problems(closed(PolicyReply), res.body)).toEqual([])
    expect(res.body.profiles.map((p) => p.id)).toEqual(Object.keys(POLICY_PROFILES))
    const inForce = res.body.profiles.filter((p) => p.in_force)
    expect(inForce.map((p) => p.id)).toEqual([DEFAULT_PROFILE_ID])
    expect(inForce[0]!.intervals.find((i) => i.kind === 'authoritative_info')?.interval_ms).toBe(5 * 3_600_000)
  })

  it('GET /api/health answers without a sign-in and matches its schema', async () => {
    const { baseUrl } = await startTestApp()
    const res = await rawFetch(`${baseUrl}/api/health`)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(problems(closed(HealthReply), body)).toEqual([])
    expect(body).toMatchObject({ status: 'ok', db: 'ok' })
  })
})
