import { expect } from 'vitest'
import type { CatalogueReply } from '@shared/api/catalogue.ts'
import type { Department } from '@shared/types/department.ts'
import type { Item } from '@shared/types/item.ts'
import { defaultCatalogue } from '../../server/classify/default-catalogue.ts'
import { startFeedServer } from './feed-server.ts'
import { startTestApp, type TestApp } from './test-app.ts'

/**
 * An installation an older release seeded, upgraded to this one: the release's new terms reach the stored catalogue
 * at start without undoing the admin's edits, recent items are re-tagged with them, and the change is in the log.
 * The older release is this one's default without the snow-clearing words (清雪 …, round 21) and without 人防.
 */
export const SNOW = ['清雪', '扫雪', '除雪', '铲雪']
export const olderDefault = (): Department[] =>
  defaultCatalogue()
    .filter((d) => d.id !== 'rfb')
    .map((d) => (d.id === 'cgj' ? { ...d, terms: d.terms.filter((t) => !SNOW.includes(t.text)) } : d))
// What the admin made of it: 火灾 weighed up, 消防 taken out of 应急.
export const adminEdit = (c: Department[]): Department[] =>
  c.map((d) => (d.id === 'yjj' ? { ...d, terms: d.terms.filter((t) => t.text !== '消防').map((t) => (t.text === '火灾' ? { ...t, weight: 9 } : t)) } : d))

export const HEADLINE = '历下区连夜清雪 保障市民出行'

export async function catalogueOf(t: TestApp): Promise<Department[]> {
  return (await catalogueReply(t)).departments
}
export async function catalogueReply(t: TestApp): Promise<CatalogueReply> {
  return (await (await fetch(`${t.baseUrl}/api/departments`)).json()) as CatalogueReply
}
export const termsOf = (c: Department[], id: string) => Object.fromEntries(c.find((d) => d.id === id)?.terms.map((x) => [x.text, x.weight]) ?? [])
export async function snowItem(t: TestApp): Promise<Item> {
  const items = ((await (await fetch(`${t.baseUrl}/api/items`)).json()) as { items: Item[] }).items
  return items.find((i) => i.title === HEADLINE)!
}
export const upgrades = (t: TestApp) => t.app.db.selectFrom('events').select(['actor', 'payload']).where('type', '=', 'departments.upgraded').execute()

/** The older release's installation: seeded, edited by the admin, one item polled; `taken` is what it remembers. */
export async function olderInstallation(dataDir: string, taken: { edition: number; body: Department[] } | null): Promise<void> {
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
