import { describe, expect, it } from 'vitest'
import { freePort, startServerProcess } from '../../helpers/server-process.ts'
import { tempDataDir } from '../../helpers/test-app.ts'

// Each test starts real server processes; allow for a loaded machine.
describe('a fresh server with the demo on', { timeout: 180_000 }, () => {
  it('lists demo items within 30 s, from a builtin source polled like any other', async () => {
    const server = await startServerProcess({ YQ_DATA_DIR: tempDataDir(), YQ_DEMO: '1' }, await freePort())
    await expect
      .poll(async () => ((await (await fetch(`${server.baseUrl}/api/items`)).json()) as { items: unknown[] }).items.length, { timeout: 30_000, interval: 500 })
      .toBeGreaterThan(0)
    const { sources } = (await (await fetch(`${server.baseUrl}/api/sources`)).json()) as { sources: { builtin: boolean; url: string; health: string }[] }
    expect(sources).toHaveLength(1)
    expect(sources[0]).toMatchObject({ builtin: true, health: 'ok' })
    expect(sources[0]!.url).toBe(`${server.baseUrl}/demo/feed.xml`)
  })

  it('starts with no source at all when YQ_DEMO=0', async () => {
    const server = await startServerProcess({ YQ_DATA_DIR: tempDataDir(), YQ_DEMO: '0' }, await freePort())
    const { sources } = (await (await fetch(`${server.baseUrl}/api/sources`)).json()) as { sources: unknown[] }
    expect(sources).toHaveLength(0)
  })
})
