import { describe, expect, it } from 'vitest'
import { isSegmenterLoaded } from '../../../server/classify/segmenter.ts'
import type { QueueRow } from '@shared/types/triage.ts'
import { api } from '../../helpers/case-fixtures.ts'
import { startTestApp } from '../../helpers/test-app.ts'
import { insertStory } from '../../helpers/triage-fixtures.ts'

describe('GET /api/triage/queue?q= with Latin words and FTS syntax', () => {
  it('matches Latin words and numbers as whole words, and treats FTS syntax as words', async () => {
    const t = await startTestApp()
    const covid = await insertStory(t.app, { title: '青岛通报COVID-19防控措施', summary: '共120个小区' })
    const phone = await insertStory(t.app, { title: '济南市民反映iPhone售后问题', summary: '消费者投诉' })
    const plain = await insertStory(t.app, { title: '烟台市区道路维修', summary: '施工期间绕行' })
    const ids = async (q: string) => {
      const res = await api<{ stories: QueueRow[] }>(t.baseUrl, 'GET', `/api/triage/queue?q=${encodeURIComponent(q)}`)
      expect(res.status, q).toBe(200)
      return res.body.stories.map((s) => s.story_id).sort()
    }
    // Letter by letter, rowid:1 found every story containing an r, o, w, i, d and a 1.
    expect(await ids('rowid:1')).toEqual([])
    expect(await ids('COVID-19')).toEqual([covid])
    expect(await ids('covid')).toEqual([covid])
    expect(await ids('iphone')).toEqual([phone])
    expect(await ids('phone')).toEqual([])
    expect(await ids('120')).toEqual([covid])
    expect(await ids('1')).toEqual([])
    expect(await ids('words:道路 OR x')).toEqual([])
    expect(await ids('NEAR(道路 维修)')).toEqual([])
    expect(await ids('道路 维修')).toEqual([plain])
    // Index and queries were segmented on the tagging thread: the server holds one dictionary, not two.
    expect(isSegmenterLoaded()).toBe(false)
  })
})
