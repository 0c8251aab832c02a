import { afterEach, describe, expect, it } from 'vitest'
import { safeLink, toIsoUtc, toPlainText } from '../../../server/ingest/text-clean.ts'

describe('toPlainText()', () => {
  it.each([
    ['<p>济南<script>alert(1)</script>通报</p>', '济南通报'],
    ['<img src=x onerror=alert(1)>标题', '标题'],
    ['<style>body{}</style>正文&nbsp;&hellip;', '正文\u00a0…'],
    ['A&amp;B &copy; 2025', 'A&B © 2025'],
    ['  多个   空格\n换行  ', '多个 空格 换行'],
    ['<a href="javascript:alert(1)">点击</a>', '点击'],
  ])('turns %j into %j', (html, text) => {
    expect(toPlainText(html)).toBe(text)
  })
})

describe('safeLink()', () => {
  it.each([
    ['javascript:alert(1)', null, null],
    ['data:text/html,x', null, null],
    ['/a/1.html', 'https://sd.example.cn/feed', 'https://sd.example.cn/a/1.html'],
    ['/a/1.html', null, null],
    ['HTTPS://SD.example.cn/x', null, 'https://sd.example.cn/x'],
    ['www.example.cn/a.html', null, 'https://www.example.cn/a.html'],
    ['www.example.cn/a.html', 'https://sd.example.cn/feed/', 'https://www.example.cn/a.html'],
    ['news.sd.gov.cn/2025/06/a.html?x=1', 'https://sd.example.cn/feed/', 'https://news.sd.gov.cn/2025/06/a.html?x=1'],
    ['a.html', 'https://sd.example.cn/feed/', 'https://sd.example.cn/feed/a.html'],
    ['2025/06/a.html', 'https://sd.example.cn/feed/', 'https://sd.example.cn/feed/2025/06/a.html'],
  ])('reads %s (base %s) as %s', (link, base, want) => {
    expect(safeLink(link, base)).toBe(want)
  })
})

describe('toIsoUtc()', () => {
  it.each([
    ['Sat, 31 Dec 2005 06:15:55+0900', '2005-12-30T21:15:55.000Z'],
    ['2025-06-10 08:00', '2025-06-10T00:00:00.000Z'],
    ['2025-06-10T08:00:00', '2025-06-10T00:00:00.000Z'],
    ['2025年6月10日 08:30', '2025-06-10T00:30:00.000Z'],
    ['2025-06-10T08:00:00Z', '2025-06-10T08:00:00.000Z'],
    ['not a date', null],
    ['', null],
  ])('reads %j as %s (a date without a zone is 北京时间)', (value, want) => {
    expect(toIsoUtc(value)).toBe(want)
  })
})

describe('toPlainText() on bidirectional controls', () => {
  it.each([
    ['济南\u202e通报\u202c', '济南通报'],
    ['<b>\u2067abc\u2069</b> \u200e青岛\u200f', 'abc 青岛'],
    ['\u202a\u202b\u202d\u2066\u2068正文', '正文'],
  ])('strips them from %j', (text, want) => {
    expect(toPlainText(text)).toBe(want)
  })
})

describe('toIsoUtc() on zoneless dates, whatever the server’s time zone', () => {
  const zone = process.env.TZ
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ
    else process.env.TZ = zone
  })
  it.each(['UTC', 'America/New_York', 'Asia/Shanghai'])('reads them as 北京时间 with TZ=%s', (tz) => {
    process.env.TZ = tz
    expect(toIsoUtc('2020/1/10 14:33:00')).toBe('2020-01-10T06:33:00.000Z')
    expect(toIsoUtc('2020/01/10')).toBe('2020-01-09T16:00:00.000Z')
    expect(toIsoUtc('2025-6-1 9:05')).toBe('2025-06-01T01:05:00.000Z')
    expect(toIsoUtc('2025-06-10T08:00:00.250')).toBe('2025-06-10T00:00:00.250Z')
  })
})
