import { describe, expect, it } from 'vitest'
import { maskUrl, maskValue, scrub, snippet } from '../../../server/notify/channels/mask.ts'

describe('masking channel secrets', () => {
  it('keeps the last two characters of a key, enough to tell robots apart', () => {
    expect(maskValue('73febdcb-1b38-4d1b-a994-790f21fc8d30')).toBe('****30')
    expect(maskValue('abc')).toBe('****')
  })

  it('masks query values, hook tokens and passwords, keeps host and path', () => {
    expect(maskUrl('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abcd1234')).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=****34')
    expect(maskUrl('https://open.feishu.cn/open-apis/bot/v2/hook/5e3d587e-d78e')).toBe('https://open.feishu.cn/open-apis/bot/v2/hook/****8e')
    expect(maskUrl('https://user:hunter2hunter2@hooks.example.cn/in')).not.toContain('hunter2')
    expect(maskUrl('not a url with key=abcdef')).toBe('****')
  })

  it('scrubs a secret raw and percent-encoded, and flattens a snippet', () => {
    const secret = 'SEC+a/b=c d'
    expect(scrub(`x ${secret} y ${encodeURIComponent(secret)} z`, [secret])).toBe('x **** y **** z')
    expect(snippet(`<html>\n  <body>${'长'.repeat(300)}</body>`, [], 20)).toBe(`<html> <body>${'长'.repeat(7)}…`)
  })
})
