import net from 'node:net'
import { expect, onTestFinished } from 'vitest'
import type { Department } from '@shared/types/department.ts'
import { rawFetch, sessionHeaders } from './auth-session.ts'
import { createTestDatabase } from './pg-database.ts'
import { startTestApp, tempDataDir, type TestApp } from './test-app.ts'

/**
 * Two server processes' worth of app in one test: two real Fastify servers over one SQLite file
 * (WAL works across connections) and one Redis, as two processes of a deployment are.
 */
export async function startPair(redisUrl: string, env: Record<string, string> = {}): Promise<[TestApp, TestApp]> {
  const dataDir = tempDataDir('yq-cluster-')
  return startTwo({ YQ_REDIS_URL: redisUrl, YQ_REDIS_PREFIX: `yqtest${process.pid}${Math.random().toString(36).slice(2, 8)}:`, ...env }, [dataDir, dataDir])
}

/** The same over one PostgreSQL database and nothing else (no YQ_REDIS_URL): its own data folders each. */
export async function startPostgresPair(env: Record<string, string> = {}): Promise<[TestApp, TestApp]> {
  const url = await createTestDatabase()
  return startTwo({ YQ_DATABASE_URL: url, YQ_REDIS_PREFIX: `yqpgonly${process.pid}:`, ...env }, [tempDataDir('yq-pgonly-a-'), tempDataDir('yq-pgonly-b-')])
}

async function startTwo(env: Record<string, string>, [dirA, dirB]: [string, string]): Promise<[TestApp, TestApp]> {
  // One after the other: the first runs the migrations, the second finds them done.
  const a = await startTestApp(env, dirA)
  const b = await startTestApp(env, dirB)
  return [a, b]
}

/** The admin's API call on one app of a pair; anything but a success throws with the answer. */
export async function callOn<T>(t: TestApp, method: string, path: string, body?: unknown): Promise<T> {
  const res = await rawFetch(`${t.baseUrl}${path}`, { method, headers: { ...sessionHeaders(t.admin, method), ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) })
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/** A department (学生餐管理办公室, term 午餐) added to the catalogue on A: B lists it and tags with it. */
export async function expectCatalogueEditOnAUsedByB(a: TestApp, b: TestApp): Promise<void> {
  const { departments } = await callOn<{ departments: Department[] }>(a, 'GET', '/api/departments')
  departments.push({ id: 'xsc', province_name: '学生餐管理办公室', local_name: '学生餐管理办公室', levels: ['province', 'city', 'county'], terms: [{ text: '午餐', weight: 50 }], exclusions: [] })
  await callOn(a, 'PUT', '/api/departments', { departments })
  await expect.poll(async () => (await callOn<{ departments: Department[] }>(b, 'GET', '/api/departments')).departments.map((d) => d.id), { timeout: 15_000 }).toContain('xsc')
  const [tags] = await b.app.tagItems!([{ title: '历下区一小学午餐分量不足引家长关注', text: '家长希望学校公开供餐合同' }])
  expect(tags!.departments[0]?.id).toBe('xsc')
}

/** A TCP reverse proxy on loopback whose backend can be switched, as a load balancer fails a wall over. */
export async function switchableProxy(initial: string): Promise<{ url: string; switchTo: (baseUrl: string) => void }> {
  let target = new URL(initial)
  const open = new Set<net.Socket>()
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname)
    open.add(client).add(upstream)
    const end = () => {
      client.destroy()
      upstream.destroy()
      open.delete(client)
      open.delete(upstream)
    }
    client.on('error', end).on('close', end)
    upstream.on('error', end).on('close', end)
    client.pipe(upstream).pipe(client)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  onTestFinished(async () => {
    for (const s of open) s.destroy()
    await new Promise((resolve) => server.close(resolve))
  })
  const { port } = server.address() as net.AddressInfo
  return { url: `http://127.0.0.1:${port}`, switchTo: (baseUrl) => (target = new URL(baseUrl)) }
}
