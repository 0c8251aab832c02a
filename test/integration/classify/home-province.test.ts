import { describe, expect, it } from 'vitest'
import type { Item } from '@shared/types/item.ts'
import { loadConfig } from '../../../server/config.ts'
import { startFeedServer } from '../../helpers/feed-server.ts'
import { startTestApp } from '../../helpers/test-app.ts'

describe('YQ_HOME_PROVINCE', () => {
  it('makes another province home: its places get units, Shandong becomes outside', async () => {
    const feed = await startFeedServer()
    const { baseUrl } = await startTestApp({ YQ_HOME_PROVINCE: '河南省' })
    feed.publish({ guid: 'zz', title: '郑州市金水区一小区物业费上涨 业主质疑', description: '' })
    feed.publish({ guid: 'jn', title: '济南市历下区一小区物业费上涨 业主质疑', description: '' })
    const source = (await (await fetch(`${baseUrl}/api/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 's', url: feed.url(), interval_s: 60 }) })).json()) as { id: number }
    await fetch(`${baseUrl}/api/sources/${source.id}/poll`, { method: 'POST' })
    const items = ((await (await fetch(`${baseUrl}/api/items`)).json()) as { items: Item[] }).items
    const byGuid = new Map(items.map((i) => [i.guid, i]))
    expect(byGuid.get('zz')).toMatchObject({ region: { province: '河南省', city: '郑州市', county: '金水区', code: '410105' }, unit: { id: '410105-zjj', name: '郑州市金水区住房和城乡建设局' } })
    expect(byGuid.get('jn')).toMatchObject({ region: { province: '山东省', city: '济南市', county: null }, unit: null })
  })

  it('is refused with a clear error when it is not a province name', async () => {
    expect(() => loadConfig({ YQ_HOME_PROVINCE: 'Shandong; DROP TABLE' })).toThrow(/YQ_HOME_PROVINCE: expected a province name/)
    await expect(startTestApp({ YQ_HOME_PROVINCE: '火星省' })).rejects.toThrow(/火星省.*not in the GB\/T 2260 data/)
  })
})
