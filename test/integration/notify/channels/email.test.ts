import { describe, expect, it } from 'vitest'
import { readSmtpSettings } from '../../../../server/notify/channels/settings.ts'
import { channelAdapters } from '../../../../server/notify/channels/index.ts'
import { EMAIL_WORDS } from '../../../../server/notify/channels/words.ts'
import { sampleMessage } from '../../../helpers/notify-message.ts'
import { startHostileSmtp, startSmtpServer } from '../../../helpers/smtp-server.ts'

const adapter = channelAdapters.email
const FROM = '山东省委网信办舆情值班室 <yq-duty@example.gov.cn>'

function ctxFor(url: string, timeoutMs = 10_000) {
  const smtp = readSmtpSettings({ YQ_SMTP_URL: url, YQ_SMTP_FROM: FROM, YQ_SMTP_TIMEOUT_MS: String(timeoutMs) })
  return { signal: AbortSignal.timeout(30_000), now: () => new Date(), deployment: { allowPrivate: false, smtp } }
}

describe('e-mail over SMTP', () => {
  it('delivers one message to every recipient with From, To, Subject and a UTF-8 Chinese body', async () => {
    const smtp = await startSmtpServer()
    const config = adapter.validate({ to: 'duty@lixia.example.gov.cn\nleader@jinan.example.gov.cn' })
    const result = await adapter.send(config, sampleMessage(), ctxFor(smtp.url))
    expect(result).toEqual({ ok: true })
    expect(smtp.received).toHaveLength(1)
    const mail = smtp.received[0]!
    expect(mail.envelopeFrom).toBe('yq-duty@example.gov.cn')
    expect(mail.envelopeTo).toEqual(['duty@lixia.example.gov.cn', 'leader@jinan.example.gov.cn'])
    expect(mail.header('From')).toContain('山东省委网信办舆情值班室')
    expect(mail.header('From')).toContain('<yq-duty@example.gov.cn>')
    expect(mail.header('To')).toBe('duty@lixia.example.gov.cn, leader@jinan.example.gov.cn')
    expect(mail.header('Subject')).toBe('【Ⅱ级 转办】济南市历下区某小区供暖问题')
    expect(mail.header('Content-Type')).toMatch(/charset=utf-8/i)
    expect(mail.text).toContain('济南市历下区某小区供暖不达标，"居民"反映强烈。')
    expect(mail.text).toContain('https://yq.example.cn/cases/42')
    expect(mail.header('X-YQ-Idempotency-Key')).toBe('case:42:forwarded:unit:7:webhook')
  })

  it('a retry carries the same Message-ID, so the reader sees one message', async () => {
    const smtp = await startSmtpServer()
    const config = adapter.validate({ to: ['duty@lixia.example.gov.cn'] })
    await adapter.send(config, sampleMessage(), ctxFor(smtp.url))
    await adapter.send(config, sampleMessage(), ctxFor(smtp.url))
    await adapter.send(config, sampleMessage({ idempotencyKey: 'other' }), ctxFor(smtp.url))
    const ids = smtp.received.map((m) => m.header('Message-ID'))
    expect(ids[0]).toMatch(/^<[0-9a-f]{32}@example\.gov\.cn>$/)
    expect(ids[1]).toBe(ids[0])
    expect(ids[2]).not.toBe(ids[0])
  })

  it('a recipient refused with 550 is not retryable, in Chinese words with the server reply', async () => {
    const smtp = await startSmtpServer({ rejectRecipient: () => true })
    const result = await adapter.send(adapter.validate({ to: ['nobody@lixia.example.gov.cn'] }), sampleMessage(), ctxFor(smtp.url))
    expect(result).toMatchObject({ ok: false, retryable: false, error: EMAIL_WORDS.recipientRejected(550) })
    expect((result as { detail: string }).detail).toContain('User unknown')
    expect(smtp.received).toHaveLength(0)
  })

  it('one refused recipient among two: sent to the other, the refusal kept as detail', async () => {
    const smtp = await startSmtpServer({ rejectRecipient: (a) => a.startsWith('gone') })
    const result = await adapter.send(adapter.validate({ to: ['gone@lixia.example.gov.cn', 'duty@lixia.example.gov.cn'] }), sampleMessage(), ctxFor(smtp.url))
    expect(result).toEqual({ ok: true, detail: EMAIL_WORDS.partlyRejected('gone@lixia.example.gov.cn') })
    expect(smtp.received[0]!.envelopeTo).toEqual(['duty@lixia.example.gov.cn'])
  })

  it('a server that accepts the connection and never greets fails within the timeout, retryable', async () => {
    const hostile = await startHostileSmtp('silent')
    const result = await adapter.send(adapter.validate({ to: ['duty@lixia.example.gov.cn'] }), sampleMessage(), ctxFor(hostile.url, 400))
    expect(result).toMatchObject({ ok: false, retryable: true, error: EMAIL_WORDS.timeout(0.4) })
  })

  it('a server that closes the connection mid-DATA is a retryable failure, not a success', async () => {
    const hostile = await startHostileSmtp('midData')
    const result = await adapter.send(adapter.validate({ to: ['duty@lixia.example.gov.cn'] }), sampleMessage(), ctxFor(hostile.url, 2000))
    expect(hostile.dataBytes()).toBeGreaterThan(0)
    expect(result).toMatchObject({ ok: false, retryable: true, error: EMAIL_WORDS.closed })
  })

  it('a closed port is a retryable connection failure', async () => {
    const hostile = await startHostileSmtp('silent')
    const port = Number(new URL(hostile.url).port)
    const result = await adapter.send(adapter.validate({ to: ['duty@lixia.example.gov.cn'] }), sampleMessage(), ctxFor(`smtp://127.0.0.1:${port === 65535 ? 1 : port + 1}`, 2000))
    expect(result).toMatchObject({ ok: false, retryable: true })
  })

  it('wrong credentials are not retryable, and the password is nowhere in the result', async () => {
    const smtp = await startSmtpServer({ auth: { user: 'yq', pass: 'right-password' } })
    const ok = await adapter.send(adapter.validate({ to: ['duty@lixia.example.gov.cn'] }), sampleMessage(), ctxFor(`smtp://yq:right-password@127.0.0.1:${smtp.port}`))
    expect(ok).toEqual({ ok: true })
    const result = await adapter.send(adapter.validate({ to: ['duty@lixia.example.gov.cn'] }), sampleMessage(), ctxFor(`smtp://yq:Wr0ngPassw0rd@127.0.0.1:${smtp.port}`))
    expect(result).toMatchObject({ ok: false, retryable: false, error: EMAIL_WORDS.auth })
    expect(JSON.stringify(result)).not.toContain('Wr0ngPassw0rd')
  })

  it('without SMTP settings it says so; recipients are validated and a header injection refused', async () => {
    const result = await adapter.send(adapter.validate({ to: ['a@b.cn'] }), sampleMessage(), { signal: AbortSignal.timeout(1000), now: () => new Date() })
    expect(result).toMatchObject({ ok: false, retryable: false, error: EMAIL_WORDS.notConfigured })
    expect(() => adapter.validate({ to: ['a@b.cn\r\nBcc: x@evil.cn'] })).toThrow(/to:/)
    expect(() => adapter.validate({ to: [] })).toThrow(/to: required/)
    expect(() => adapter.validate({ to: ['不是邮箱'] })).toThrow(/to:/)
    expect(adapter.validate({ to: 'a@b.cn, c@d.cn; a@b.cn' })).toEqual({ to: ['a@b.cn', 'c@d.cn'] })
  })
})
