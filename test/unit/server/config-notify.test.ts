import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../../server/config.ts'
import { ErrorCode } from '../../../shared/errors.ts'

const SMTP = { YQ_SMTP_URL: 'smtps://yq%40example.gov.cn:p%40ss:w0rd@mail.example.gov.cn', YQ_SMTP_FROM: '舆情值班室 <yq@example.gov.cn>' }
const TEMPLATE = '{"mobile":"{{phone}}","content":"{{text}}","outId":"{{idempotency_key}}"}'

function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env)
  } catch (err) {
    expect((err as { code: string }).code).toBe(ErrorCode.CONFIG)
    return (err as Error).message
  }
  throw new Error('accepted')
}

describe('SMTP deployment settings', () => {
  it('are off by default', () => {
    expect(loadConfig({})).toMatchObject({ smtp: null, sms: null })
  })

  it('read smtps:// with a percent-encoded user and password, port 465 by default', () => {
    expect(loadConfig(SMTP).smtp).toEqual({
      host: 'mail.example.gov.cn',
      port: 465,
      secure: true,
      user: 'yq@example.gov.cn',
      pass: 'p@ss:w0rd',
      from: '舆情值班室 <yq@example.gov.cn>',
      timeoutMs: 15_000,
    })
    expect(loadConfig({ ...SMTP, YQ_SMTP_URL: 'smtp://127.0.0.1:2525', YQ_SMTP_TIMEOUT_MS: '500' }).smtp).toMatchObject({ port: 2525, secure: false, user: null, pass: null, timeoutMs: 500 })
  })

  it.each([
    [{ YQ_SMTP_URL: 'https://mail.example.gov.cn', YQ_SMTP_FROM: 'a@b.cn' }, /YQ_SMTP_URL: expected smtp:\/\/ or smtps:\/\//],
    [{ YQ_SMTP_URL: 'smtp://user:secretpw@[bad', YQ_SMTP_FROM: 'a@b.cn' }, /YQ_SMTP_URL: not a URL/],
    [{ YQ_SMTP_URL: 'smtp://mail.example.gov.cn/inbox', YQ_SMTP_FROM: 'a@b.cn' }, /YQ_SMTP_URL: no path/],
    [{ YQ_SMTP_URL: 'smtp://mail.example.gov.cn' }, /YQ_SMTP_FROM: required/],
    [{ YQ_SMTP_FROM: 'a@b.cn' }, /YQ_SMTP_FROM: set without YQ_SMTP_URL/],
    [{ YQ_SMTP_URL: 'smtp://mail.example.gov.cn', YQ_SMTP_FROM: 'a@b.cn\r\nBcc: all@evil.cn' }, /YQ_SMTP_FROM: expected one address/],
    [{ YQ_SMTP_URL: 'smtp://mail.example.gov.cn', YQ_SMTP_FROM: 'a@b.cn, c@d.cn' }, /YQ_SMTP_FROM: expected one address/],
    [{ YQ_SMTP_URL: 'smtp://mail.example.gov.cn', YQ_SMTP_FROM: 'a@b.cn', YQ_SMTP_TIMEOUT_MS: '5s' }, /YQ_SMTP_TIMEOUT_MS/],
  ])('refuses %o', (env, message) => {
    expect(refusal(env)).toMatch(message)
  })

  it('never repeats the SMTP password in its refusal', () => {
    expect(refusal({ YQ_SMTP_URL: 'smtp://user:secretpw@[bad', YQ_SMTP_FROM: 'a@b.cn' })).not.toContain('secretpw')
    expect(refusal({ YQ_SMTP_URL: 'ftp://user:secretpw@host', YQ_SMTP_FROM: 'a@b.cn' })).not.toContain('secretpw')
  })
})

describe('SMS deployment settings', () => {
  const SMS = { YQ_SMS_URL: 'https://sms.example.gov.cn/api/send', YQ_SMS_BODY_TEMPLATE: TEMPLATE }

  it('read the template, POST and 70 characters by default, and the signature pair', () => {
    expect(loadConfig(SMS).sms).toEqual({ url: 'https://sms.example.gov.cn/api/send', method: 'POST', bodyTemplate: TEMPLATE, signature: null, maxChars: 70 })
    const signed = loadConfig({ ...SMS, YQ_SMS_METHOD: 'put', YQ_SMS_SECRET: 's3cr3t', YQ_SMS_SIGNATURE_HEADER: 'X-Signature', YQ_SMS_MAX_CHARS: '140' }).sms
    expect(signed).toMatchObject({ method: 'PUT', signature: { header: 'x-signature', secret: 's3cr3t' }, maxChars: 140 })
  })

  it.each([
    [{ YQ_SMS_BODY_TEMPLATE: TEMPLATE }, /YQ_SMS_BODY_TEMPLATE: set without YQ_SMS_URL/],
    [{ ...SMS, YQ_SMS_URL: 'ftp://sms.example.gov.cn' }, /YQ_SMS_URL: expected an http/],
    [{ ...SMS, YQ_SMS_METHOD: 'GET' }, /YQ_SMS_METHOD: expected POST or PUT/],
    [{ YQ_SMS_URL: 'https://sms.example.gov.cn' }, /YQ_SMS_BODY_TEMPLATE: required/],
    // A placeholder outside a JSON string would let feed text write JSON structure.
    [{ ...SMS, YQ_SMS_BODY_TEMPLATE: '{"mobile":{{phone}},"content":"{{text}}"}' }, /placeholder outside a JSON string/],
    [{ ...SMS, YQ_SMS_BODY_TEMPLATE: '{"mobile":"{{phone}}","content":"{{text}}"' }, /not JSON/],
    [{ ...SMS, YQ_SMS_BODY_TEMPLATE: '{"mobile":"{{phone}}","content":"{{text}}","x":"{{secret}}"}' }, /unknown placeholder \{\{secret\}\}/],
    [{ ...SMS, YQ_SMS_BODY_TEMPLATE: '{"content":"{{text}}"}' }, /must contain \{\{phone\}\}/],
    [{ ...SMS, YQ_SMS_BODY_TEMPLATE: '"{{phone}} {{text}}"' }, /expected a JSON object/],
    [{ ...SMS, YQ_SMS_SECRET: 's3cr3t' }, /YQ_SMS_SIGNATURE_HEADER: YQ_SMS_SECRET and YQ_SMS_SIGNATURE_HEADER go together/],
    [{ ...SMS, YQ_SMS_SECRET: 's', YQ_SMS_SIGNATURE_HEADER: 'X-Sig: injected' }, /YQ_SMS_SIGNATURE_HEADER: expected a header name/],
    [{ ...SMS, YQ_SMS_MAX_CHARS: '7' }, /YQ_SMS_MAX_CHARS/],
    [{ ...SMS, YQ_SMS_MAX_CHARS: '七十' }, /YQ_SMS_MAX_CHARS/],
  ])('refuses %o', (env, message) => {
    expect(refusal(env as Record<string, string>)).toMatch(message)
  })
})
