import { describe, expect, it } from 'vitest'
import { CHANNEL_KINDS, CHANNEL_SPECS } from '@shared/notify/channels.ts'
import { configOf, draftFor, draftProblems, patchConfigOf, testProblems, testTarget } from '../../../client/src/features/notify/channel-form.ts'
import type { NotifyChannel } from '../../../client/src/features/notify/notify-types.ts'

const saved = (over: Partial<NotifyChannel> = {}): NotifyChannel => ({
  id: 7,
  owner_type: 'unit',
  owner_id: '370102',
  kind: 'dingtalk',
  name: '历下区值班群',
  enabled: true,
  config: { url: 'https://oapi.dingtalk.com/robot/send?access_token=****' },
  has_secret: true,
  managed: false,
  last_ok_at: null,
  last_error: null,
  created_at: '2026-12-01T00:00:00.000Z',
  ...over,
})

describe('channel form model', () => {
  it('draftFor() gives every kind one value per CHANNEL_SPECS field (empty, a select its first option), and a saved channel its shown config but never a secret', () => {
    for (const kind of CHANNEL_KINDS) {
      const expected = Object.fromEntries(CHANNEL_SPECS[kind].fields.map((f) => [f.name, f.type === 'select' ? f.options![0] : '']))
      expect(draftFor(kind).values).toEqual(expected)
    }
    expect(draftFor('wecom').values).toEqual({ url: '', msgtype: 'markdown' })
    expect(draftFor('webhook').values).toEqual({ url: '', secret: '' })
    const d = draftFor('dingtalk', saved({ config: { url: 'https://x.example/?access_token=****', secret: 'leaked?' } }))
    expect(d).toEqual({ kind: 'dingtalk', name: '历下区值班群', values: { url: 'https://x.example/?access_token=****', secret: '' } })
    expect(draftFor('email', saved({ kind: 'email', config: { to: ['a@b.cn', 'c@d.cn'] } })).values.to).toBe('a@b.cn\nc@d.cn')
  })

  it('draftProblems() names each empty required field, a non-http URL, a bad e-mail line and a bad phone line', () => {
    expect(draftProblems(draftFor('dingtalk'))).toEqual({ name: 'required', url: 'required', secret: 'required' })
    expect(draftProblems({ kind: 'webhook', name: 'x', values: { url: 'ftp://host/x', secret: 's' } })).toEqual({ url: 'url' })
    expect(draftProblems({ kind: 'webhook', name: 'x', values: { url: 'javascript:alert(1)', secret: 's' } })).toEqual({ url: 'url' })
    expect(draftProblems({ kind: 'email', name: 'x', values: { to: 'zhiban@example.gov.cn\n不是邮箱' } })).toEqual({ to: 'email' })
    expect(draftProblems({ kind: 'sms', name: 'x', values: { phones: '13800138000\n0531-86061234' } })).toEqual({ phones: 'phone' })
    expect(draftProblems({ kind: 'sms', name: 'x', values: { phones: '+86 138 0013 8000\n\n139-0000-0000' } })).toEqual({})
    expect(draftProblems({ kind: 'feishu', name: 'x', values: { url: 'https://open.feishu.cn/hook/abc', secret: '' } })).toEqual({})
    expect(draftProblems({ kind: 'wecom', name: '名'.repeat(61), values: { url: 'https://qyapi.weixin.qq.com/x' } })).toEqual({ name: 'tooLong' })
  })

  it('a saved channel left as shown sends no config (the server keeps its secret and URL); changing anything asks for the full URL again', () => {
    const s = saved()
    const d = draftFor('dingtalk', s)
    expect(draftProblems(d, s)).toEqual({})
    expect(patchConfigOf({ ...d, name: '新名称' }, s)).toBeUndefined()
    expect(draftProblems(d, saved({ has_secret: false }))).toEqual({ secret: 'required' })
    d.values.secret = 'SECnew'
    expect(draftProblems(d, s)).toEqual({ url: 'retype' })
    d.values.url = 'https://oapi.dingtalk.com/robot/send?access_token=new'
    expect(draftProblems(d, s)).toEqual({})
    expect(patchConfigOf(d, s)).toEqual({ url: 'https://oapi.dingtalk.com/robot/send?access_token=new', secret: 'SECnew' })
    // A changed URL with the secret left empty: saving keeps the stored secret, a test-send cannot.
    d.values.secret = ''
    expect(draftProblems(d, s)).toEqual({})
    expect(patchConfigOf(d, s)).toEqual({ url: 'https://oapi.dingtalk.com/robot/send?access_token=new' })
    expect(testProblems(d, s)).toEqual({ secret: 'required' })
  })

  it('configOf() sends a list as trimmed non-empty lines', () => {
    expect(configOf({ kind: 'email', name: 'x', values: { to: ' a@b.cn \r\n\n c@d.cn ' } })).toEqual({ to: ['a@b.cn', 'c@d.cn'] })
  })

  it('testTarget() tests a new draft as typed, a saved channel with kept fields as stored, and one typed afresh as typed', () => {
    expect(testTarget({ kind: 'webhook', name: 'x', values: { url: 'http://127.0.0.1:1/h', secret: 's' } })).toEqual({ kind: 'webhook', config: { url: 'http://127.0.0.1:1/h', secret: 's' } })
    const s = saved()
    expect(testTarget(draftFor('dingtalk', s), s)).toEqual({ id: 7 })
    expect(testTarget({ kind: 'dingtalk', name: 'x', values: { url: 'https://d.example/x', secret: 'S' } }, s)).toEqual({ kind: 'dingtalk', config: { url: 'https://d.example/x', secret: 'S' } })
  })
})

describe('channel form labels', () => {
  it('every field and select option of CHANNEL_SPECS has a Chinese label, and one added later shows its key instead of breaking the form', async () => {
    const { fieldLabel, optionLabel } = await import('../../../client/src/features/notify/notify-format.ts')
    for (const kind of CHANNEL_KINDS) {
      for (const f of CHANNEL_SPECS[kind].fields) {
        expect([kind, f.name, fieldLabel(kind, f.name) !== f.name]).toEqual([kind, f.name, true])
        for (const o of f.options ?? []) expect(optionLabel(o)).not.toBe(o)
      }
    }
    expect(fieldLabel('wecom', 'added_later')).toBe('added_later')
    expect(optionLabel('added_later')).toBe('added_later')
  })
})
