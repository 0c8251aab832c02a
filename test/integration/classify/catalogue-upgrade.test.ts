import { describe, expect, it } from 'vitest'
import type { Department } from '@shared/types/department.ts'
import type { Item } from '@shared/types/item.ts'
import { defaultCatalogue } from '../../../server/classify/default-catalogue.ts'
import { startFeedServer } from '../../helpers/feed-server.ts'
import { startTestApp, tempDataDir, type TestApp } from '../../helpers/test-app.ts'

/**
 * An installation an older release seeded, upgraded to this one: the release's new terms reach the stored catalogue
 * at start without undoing the admin's edits, recent items are re-tagged with them, and the change is in the log.
 * The older release is this one's default without the snow-clearing words (清雪 …, round 21) and without 人防.
 */
const SNOW = ['清雪', '扫雪', '除雪', '铲雪']
const olderDefault = (): Department[] =>
  defaultCatalogue()
    .filter((d) => d.id !== 'rfb')
    .map((d) => (d.id === 'cgj' ? { ...d, terms: d.terms.filter((t) => !SNOW.includes(t.text)) } : d))
// What the admin made of it: 火灾 weighed up, 消防 taken out of 应急.
const adminEdit = (c: Department[]): Department[] =>
  c.map((d) => (d.id === 'yjj' ? { ...d, terms: d.terms.filter((t) => t.text !== '消防').map((t) => (t.text === '火灾' ? { ...t, weight: 9 } : t)) } : d))

const HEADLINE = '历下区连夜清雪 保障市民出行'

async function catalogueOf(t: TestApp): Promise<Department[]> {
  return ((await (await fetch(`${t.baseUrl}/api/departments`)).json()) as { departments: Department[] }).departments
}
const termsOf = (c: Department[], id: string) => Object.fromEntries(c.find((d) => d.id === id)?.terms.map((x) => [x.text, x.weight]) ?? [])
async function snowItem(t: TestApp): Promise<Item> {
  const items = ((await (await fetch(`${t.baseUrl}/api/items`)).json()) as { items: Item[] }).items
  return items.find((i) => i.title === HEADLINE)!
}
const upgrades = (t: TestApp) => t.app.db.selectFrom('events').select(['actor', 'payload']).where('type', '=', 'departments.upgraded').execute()

/** The older release's installation: seeded, edited by the admin, one item polled; `taken` is what it remembers. */
async function olderInstallation(dataDir: string, taken: { edition: number; body: Department[] } | null): Promise<void> {
  const t = await startTestApp({}, dataDir)
  const put = await fetch(`${t.baseUrl}/api/departments`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ departments: adminEdit(olderDefault()) }) })
  expect(put.status).toBe(200)
  await t.app.db.deleteFrom('catalogue_default').execute()
  if (taken) await t.app.db.insertInto('catalogue_default').values({ edition: taken.edition, body: JSON.stringify(taken.body), taken_at: new Date().toISOString() }).execute()
  const feed = await startFeedServer()
  feed.publish({ guid: 'snow', title: HEADLINE })
  const source = (await (await fetch(`${t.baseUrl}/api/sources`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 's', url: feed.url(), interval_s: 600 }) })).json()) as { id: number }
  await fetch(`${t.baseUrl}/api/sources/${source.id}/poll`, { method: 'POST' })
  const before = await snowItem(t)
  expect(before.departments).toEqual([])
  expect(before.unit?.name).toBe('济南市历下区人民政府')
  await t.app.close()
}

describe('a new release\'s default catalogue at start', () => {
  it('reaches an installation an older release seeded: new terms and departments in, the admin\'s edits kept, recent items re-tagged, the change logged', async () => {
    const dataDir = tempDataDir()
    await olderInstallation(dataDir, { edition: 0, body: olderDefault() })

    const t = await startTestApp({}, dataDir)
    const catalogue = await catalogueOf(t)
    expect(termsOf(catalogue, 'cgj')).toMatchObject({ 清雪: 4, 扫雪: 4, 除雪: 4, 铲雪: 4 })
    expect(catalogue.map((d) => d.id)).toEqual(defaultCatalogue().map((d) => d.id))
    const yjj = termsOf(catalogue, 'yjj')
    expect(yjj.火灾).toBe(9)
    expect(yjj.消防).toBeUndefined()

    // The item polled under the older catalogue now goes to the 城管局 the new words point to.
    await expect.poll(async () => (await snowItem(t)).unit?.name, { timeout: 10_000 }).toBe('济南市历下区城市管理局')
    expect((await snowItem(t)).departments[0]).toMatchObject({ id: 'cgj', terms: ['清雪'] })
    const logged = await upgrades(t)
    expect(logged).toHaveLength(1)
    expect(logged[0]!.actor).toBe('release')
    expect(JSON.parse(logged[0]!.payload)).toMatchObject({ from: 0, departmentsAdded: ['rfb'], departments: [{ id: 'cgj', termsAdded: SNOW }] })
    // 人防 is a unit in every county as a department an admin adds would be.
    await expect.poll(async () => ((await (await fetch(`${t.baseUrl}/api/units`)).json()) as { units: { id: string }[] }).units.map((u) => u.id)).toContain('370102-rfb')
    await t.app.close()

    // Started again, the release finds its edition taken in: nothing merged twice, nothing logged again.
    const again = await startTestApp({}, dataDir)
    expect(await catalogueOf(again)).toEqual(catalogue)
    expect(await upgrades(again)).toHaveLength(1)
  })

  it('an installation seeded before the catalogue remembered its default gets the new terms, and keeps the admin\'s weights', async () => {
    const dataDir = tempDataDir()
    await olderInstallation(dataDir, null)
    const t = await startTestApp({}, dataDir)
    const catalogue = await catalogueOf(t)
    expect(termsOf(catalogue, 'cgj').清雪).toBe(4)
    expect(termsOf(catalogue, 'yjj').火灾).toBe(9)
    // A removal cannot be told from a term the older default lacked: only additions are made, so 消防 is back.
    expect(termsOf(catalogue, 'yjj').消防).toBe(4)
    expect(JSON.parse((await upgrades(t))[0]!.payload)).toMatchObject({ from: null })
    await expect.poll(async () => (await snowItem(t)).unit?.name, { timeout: 10_000 }).toBe('济南市历下区城市管理局')
  })

  it('an older release started on a catalogue a newer one took in leaves it as it is', async () => {
    const dataDir = tempDataDir()
    await olderInstallation(dataDir, { edition: 1_000, body: olderDefault() })
    const t = await startTestApp({}, dataDir)
    expect(await catalogueOf(t)).toEqual(adminEdit(olderDefault()))
    expect(await upgrades(t)).toEqual([])
    expect((await snowItem(t)).departments).toEqual([])
  })
})
