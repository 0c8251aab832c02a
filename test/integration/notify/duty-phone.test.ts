import { describe, expect, it } from 'vitest'
import { api } from '../../helpers/case-fixtures.ts'
import { startChannelServer } from '../../helpers/channel-server.ts'
import { openCase, waitFor } from '../../helpers/notify-fixtures.ts'
import { startTestApp } from '../../helpers/test-app.ts'

type Channels = { channels: { id: number; kind: string; name: string; managed: boolean; enabled: boolean }[] }
const SMS_ENV = { YQ_NOTIFY_TICK_MS: '50', YQ_SMS_URL: 'http://127.0.0.1:9/sms', YQ_SMS_BODY_TEMPLATE: '{"mobile":"{{phone}}","content":"{{text}}"}' }

describe('notify: a unit\'s duty phone with an SMS provider configured', () => {
  it('a mobile duty phone becomes the unit\'s SMS channel, follows the unit entry, and is not edited by hand', async () => {
    const t = await startTestApp(SMS_ENV)
    const list = async () => (await api<Channels>(t.baseUrl, 'GET', '/api/notify/channels?owner_type=unit&owner_id=370102')).body.channels
    expect((await api(t.baseUrl, 'PATCH', '/api/units/370102', { duty_phone: '0531-86012345' })).status).toBe(200)
    await new Promise((r) => setTimeout(r, 1500))
    // A landline is called, not texted.
    expect(await list()).toEqual([])
    expect((await api(t.baseUrl, 'PATCH', '/api/units/370102', { duty_phone: '13800138000' })).status).toBe(200)
    const [ch] = await waitFor(async () => ((await list()).length === 1 ? list() : undefined), 5000, 'the duty-phone channel')
    expect(ch).toMatchObject({ kind: 'sms', name: '值班电话（短信）', managed: true, enabled: true })
    expect((await api(t.baseUrl, 'PATCH', `/api/notify/channels/${ch!.id}`, { name: '改名' })).status).toBe(409)
    expect((await api(t.baseUrl, 'DELETE', `/api/notify/channels/${ch!.id}`)).status).toBe(409)
    expect((await api<{ enabled: boolean }>(t.baseUrl, 'PATCH', `/api/notify/channels/${ch!.id}`, { enabled: false })).body.enabled).toBe(false)
    expect((await api(t.baseUrl, 'PATCH', '/api/units/370102', { duty_phone: null })).status).toBe(200)
    await waitFor(async () => (await list()).length === 0, 5000, 'the channel to go with the phone')
  })

  it('a 转办 reaches the duty phone through the SMS provider, cut to its length', async () => {
    const provider = await startChannelServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"code":0}'))
    const t = await startTestApp({ ...SMS_ENV, YQ_SMS_URL: provider.url('/sms') })
    await api(t.baseUrl, 'PATCH', '/api/units/370102', { duty_phone: '13800138000' })
    await waitFor(async () => (await api<Channels>(t.baseUrl, 'GET', '/api/notify/channels')).body.channels.length === 1, 5000, 'the duty-phone channel')
    const c = await openCase(t.app, t.baseUrl, { level: 'II', kind: 'incident', ageMs: 60_000 })
    await api(t.baseUrl, 'POST', `/api/cases/${c.id}/events`, { type: 'forwarded', at: new Date().toISOString(), unit_id: '370102' })
    const sms = await waitFor(() => provider.received[0], 5000, 'the SMS')
    const body = JSON.parse(sms.text) as { mobile: string; content: string }
    expect(body.mobile).toBe('13800138000')
    expect(body.content).toContain('【Ⅱ级·转办】')
    expect([...body.content].length).toBeLessThanOrEqual(70)
  })

  it('without an SMS provider no duty-phone channel appears', async () => {
    const t = await startTestApp({ YQ_NOTIFY_TICK_MS: '50' })
    await api(t.baseUrl, 'PATCH', '/api/units/370102', { duty_phone: '13800138000' })
    await new Promise((r) => setTimeout(r, 1500))
    expect((await api<Channels>(t.baseUrl, 'GET', '/api/notify/channels')).body.channels).toEqual([])
  })
})
