import { effectScope, ref } from 'vue'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import type { QueuePage, QueueRow } from '@shared/types/triage.ts'
import { createTriageQueue, type QueueIo } from '../../../client/src/features/triage/triage-queue-state.ts'
import { EMPTY_FILTERS, type TriageFilters } from '../../../client/src/features/triage/filters.ts'
import { rawFetch } from '../../helpers/auth-session.ts'
import { api } from '../../helpers/case-fixtures.ts'
import { startTestApp, type TestApp } from '../../helpers/test-app.ts'
import { insertStory } from '../../helpers/triage-fixtures.ts'

/**
 * The triage queue's state against the real queue API: each page is read by the server when asked,
 * but a held page reaches the queue only when the test lets it, as a slow response would. Socket
 * events go to the queue's handlers directly; the server stands behind every read. Whatever happens
 * live, scrolling to the end must show what a reload shows: every story once, in the server's order.
 */
const net = {
  baseUrl: '',
  cookie: '',
  /** Pages (not single-story reads) are read at once and delivered when released. */
  holdPages: false,
  held: [] as (() => void)[],
  /** Single-story reads held the same way, to deliver their answers out of order. */
  holdStories: false,
  heldStories: [] as (() => void)[],
  storyReads: 0,
  handlers: new Map<string, (e: { seq: number; data: unknown }) => void>(),
  resync: [] as (() => void)[],
}

async function fetchQueue(params: URLSearchParams): Promise<QueuePage> {
  const res = await rawFetch(`${net.baseUrl}/api/triage/queue?${params}`, { headers: { cookie: net.cookie } })
  const body = (await res.json()) as QueuePage
  if (!res.ok) throw new Error(JSON.stringify(body))
  if (params.has('story_id')) {
    net.storyReads++
    if (!net.holdStories) return body
    return new Promise((resolve) => net.heldStories.push(() => resolve(body)))
  }
  if (!net.holdPages) return body
  return new Promise((resolve) => net.held.push(() => resolve(body)))
}

const io: QueueIo = {
  fetchQueue,
  pageSize: 4,
  on: (event, handler) => net.handlers.set(event, handler as (e: { seq: number; data: unknown }) => void),
  onResync: (handler) => net.resync.push(handler),
}

const MIN = 60_000
const base = Date.now() - 5 * 3600_000
const at = (m: number) => new Date(base + m * MIN)

async function world(): Promise<TestApp> {
  const t = await startTestApp()
  Object.assign(net, { baseUrl: t.baseUrl, cookie: t.admin.cookie, holdPages: false, held: [], holdStories: false, heldStories: [], storyReads: 0, handlers: new Map(), resync: [] })
  return t
}

function openQueue(filters: Partial<TriageFilters> = {}) {
  const scope = effectScope()
  onTestFinished(() => scope.stop())
  const q = scope.run(() => createTriageQueue(ref({ ...EMPTY_FILTERS, ...filters }), io))!
  q.reset()
  return q
}

type Queue = ReturnType<typeof openQueue>
const ids = (rows: readonly QueueRow[]) => rows.map((r) => r.story_id)
const emit = (event: string, data: unknown) => net.handlers.get(event)!({ seq: 0, data })

/** What a reload shows, read page by page from the server. */
async function reloaded(t: TestApp, query = ''): Promise<number[]> {
  const out: number[] = []
  let cursor: string | null = null
  do {
    const page: { body: { stories: QueueRow[]; next_cursor: string | null } } = await api(t.baseUrl, 'GET', `/api/triage/queue?limit=3${query}${cursor ? `&cursor=${cursor}` : ''}`)
    out.push(...ids(page.body.stories))
    cursor = page.body.next_cursor
  } while (cursor)
  return out
}

/** A later report joining a story, as ingestion stores it (tags follow from its columns). */
async function addReport(t: TestApp, storyId: number, tags: { region?: string; severity?: string }): Promise<void> {
  const lead = await t.app.db.selectFrom('items').selectAll().where('story_id', '=', storyId).executeTakeFirstOrThrow()
  await t.app.db.insertInto('items').values({ ...lead, id: undefined, ...tags, guid: `${lead.guid}-2`, content_hash: `${lead.content_hash}-2` }).execute()
}

async function scrollToEnd(q: Queue): Promise<number[]> {
  net.holdPages = false
  while (q.nextCursor.value) await q.loadMore()
  return ids(q.rows.value)
}

async function releasePages(): Promise<void> {
  net.holdPages = false
  for (const release of net.held.splice(0)) release()
  await new Promise((r) => setTimeout(r, 20))
}

describe('useTriageQueue: live arrivals keep the paged list whole', () => {
  it('a story restored deep in the list while the next page is on its way is there once scrolled to the end', async () => {
    const t = await world()
    const stories: number[] = []
    for (let i = 0; i < 12; i++) stories.push(await insertStory(t.app, { firstSeenAt: at(i) }))
    const restored = stories[4]! // eighth from the top: in the second page of four
    expect((await api(t.baseUrl, 'POST', '/api/triage/dismiss', { story_ids: [restored], reason: '重复' })).status).toBe(200)
    const q = openQueue()
    await vi.waitFor(() => expect(q.state.value).toBe('ready'))
    expect(q.rows.value).toHaveLength(4)

    // The next page is read before the undo and arrives after the composable has heard of it.
    net.holdPages = true
    const more = q.loadMore()
    await vi.waitFor(() => expect(net.held).toHaveLength(1))
    expect((await api(t.baseUrl, 'POST', '/api/triage/undo', { story_ids: [restored] })).status).toBe(200)
    emit('story:restored', { story_ids: [restored], actor: 'admin' })
    await vi.waitFor(() => expect(net.storyReads).toBe(1))
    await new Promise((r) => setTimeout(r, 20))
    await releasePages()
    await more

    expect(await scrollToEnd(q)).toEqual(await reloaded(t))
    expect(ids(q.rows.value)).toContain(restored)
  })

  it('a story that arrives while the view reloads after a resync stays, once', async () => {
    const t = await world()
    for (let i = 0; i < 6; i++) await insertStory(t.app, { firstSeenAt: at(i) })
    const q = openQueue()
    await vi.waitFor(() => expect(q.state.value).toBe('ready'))

    // The reload reads its first page before the new story exists; the story's event comes while it is on its way.
    net.holdPages = true
    for (const resync of net.resync) resync()
    await vi.waitFor(() => expect(net.held).toHaveLength(1))
    const arrived = await insertStory(t.app, { firstSeenAt: new Date(), title: '日照市海滩垃圾问题引网友热议' })
    emit('story:updated', { id: arrived })
    await vi.waitFor(() => expect(ids(q.rows.value)[0]).toBe(arrived))
    await releasePages()
    await vi.waitFor(() => expect(q.state.value).toBe('ready'))
    expect(ids(q.rows.value)[0]).toBe(arrived)
    expect(await scrollToEnd(q)).toEqual(await reloaded(t))
  })

  it('a story read already by the reload and again by its event is listed once', async () => {
    const t = await world()
    for (let i = 0; i < 6; i++) await insertStory(t.app, { firstSeenAt: at(i) })
    const q = openQueue()
    await vi.waitFor(() => expect(q.state.value).toBe('ready'))
    const arrived = await insertStory(t.app, { firstSeenAt: new Date() })
    net.holdPages = true
    for (const resync of net.resync) resync()
    await vi.waitFor(() => expect(net.held).toHaveLength(1))
    emit('story:updated', { id: arrived })
    await vi.waitFor(() => expect(net.storyReads).toBe(1))
    await releasePages()
    await vi.waitFor(() => expect(q.state.value).toBe('ready'))
    expect(await scrollToEnd(q)).toEqual(await reloaded(t))
  })

  it('a story outside the filtered view that a later report brings into it arrives', async () => {
    const t = await world()
    for (let i = 0; i < 3; i++) await insertStory(t.app, { firstSeenAt: at(i) })
    const q = openQueue({ city: '济南市' })
    await vi.waitFor(() => expect(q.state.value).toBe('ready'))
    const story = await insertStory(t.app, { firstSeenAt: new Date(), city: '青岛市', county: '市南区' })
    emit('story:updated', { id: story })
    await vi.waitFor(() => expect(net.storyReads).toBe(1))
    await new Promise((r) => setTimeout(r, 20))
    expect(ids(q.rows.value)).not.toContain(story)

    // A second report, placed in 济南, joins the story: it now matches the view.
    await addReport(t, story, { region: JSON.stringify({ province: '山东省', city: '济南市', county: '历下区', code: '370102' }) })
    emit('story:updated', { id: story })
    await vi.waitFor(() => expect(ids(q.rows.value)[0]).toBe(story))
    expect(await scrollToEnd(q)).toEqual(await reloaded(t, '&city=济南市'))
  })

  it('most severe first: a loaded story that a report raises to level I moves to the top, where a reload puts it', async () => {
    const t = await world()
    const stories: number[] = []
    for (let i = 0; i < 6; i++) stories.push(await insertStory(t.app, { firstSeenAt: at(i), level: i === 5 ? 'II' : null }))
    const q = openQueue({ sort: 'severe' })
    await vi.waitFor(() => expect(q.state.value).toBe('ready'))
    const raised = stories[3]!
    expect(ids(q.rows.value).indexOf(raised)).toBeGreaterThan(0)
    // A second report, tagged 特别重大 (I), joins the story.
    await addReport(t, raised, { severity: JSON.stringify({ level: 'I', signals: ['爆炸'] }) })
    emit('story:updated', { id: raised })
    await vi.waitFor(() => expect(ids(q.rows.value)[0]).toBe(raised))
    expect(await scrollToEnd(q)).toEqual(await reloaded(t, '&sort=severe'))
  })

  it('an older reading of a story answered after a newer one does not undo it', async () => {
    const t = await world()
    for (let i = 0; i < 3; i++) await insertStory(t.app, { firstSeenAt: at(i) })
    const q = openQueue({ city: '济南市' })
    await vi.waitFor(() => expect(q.state.value).toBe('ready'))
    // Read first while still outside the view (青岛), then again once a 济南 report joined it.
    const story = await insertStory(t.app, { firstSeenAt: new Date(), city: '青岛市', county: '市南区' })
    net.holdStories = true
    emit('story:updated', { id: story })
    await vi.waitFor(() => expect(net.heldStories).toHaveLength(1))
    await addReport(t, story, { region: JSON.stringify({ province: '山东省', city: '济南市', county: '历下区', code: '370102' }) })
    emit('story:updated', { id: story })
    await vi.waitFor(() => expect(net.heldStories).toHaveLength(2))
    const [older, newer] = net.heldStories.splice(0)
    newer!()
    await vi.waitFor(() => expect(ids(q.rows.value)[0]).toBe(story))
    older!()
    await new Promise((r) => setTimeout(r, 50))
    expect(ids(q.rows.value)[0]).toBe(story)
    net.holdStories = false
    expect(await scrollToEnd(q)).toEqual(await reloaded(t, '&city=济南市'))
  })
})
