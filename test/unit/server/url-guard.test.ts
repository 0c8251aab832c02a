import { describe, expect, it } from 'vitest'
import { checkFeedUrl, isPrivateAddress } from '../../../server/ingest/url-guard.ts'

describe('isPrivateAddress()', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0'])(
    'calls %s private',
    (ip) => expect(isPrivateAddress(ip)).toBe(true),
  )
  it.each(['1.1.1.1', '114.114.114.114', '2400:3200::1'])('calls %s public', (ip) => expect(isPrivateAddress(ip)).toBe(false))
})

describe('checkFeedUrl()', () => {
  it.each([
    ['file:///etc/passwd', /only http and https/],
    ['javascript:alert(1)', /only http and https/],
    ['not a url', /is not a URL/],
    ['http://127.0.0.1:8080/feed', /loopback or private/],
    ['http://[::1]/feed', /loopback or private/],
    ['http://localhost/feed', /loopback or private/],
  ])('refuses %s', async (url, message) => {
    await expect(checkFeedUrl(url, false)).rejects.toThrow(message)
  })

  it('allows loopback when the deployment says so', async () => {
    await expect(checkFeedUrl('http://127.0.0.1:8080/feed', true)).resolves.toBeInstanceOf(URL)
  })
})

describe('checkFeedUrl() on IPv6 forms that carry an IPv4 address', () => {
  it.each([
    'http://[::ffff:127.0.0.1]/feed', // URL parsing writes it ::ffff:7f00:1
    'http://[::ffff:7f00:1]/feed',
    'http://[::7f00:1]/feed', // IPv4-compatible ::127.0.0.1
    'http://[::127.0.0.1]/feed',
    'http://[::ffff:0:a00:1]/feed', // SIIT ::ffff:0:10.0.0.1
    'http://[64:ff9b::c0a8:101]/feed', // NAT64 of 192.168.1.1
    'http://[64:ff9b::127.0.0.1]/feed',
    'http://[2002:7f00:1::]/feed', // 6to4 of 127.0.0.1
    'http://[2002:a9fe:a9fe::1]/feed', // 6to4 of 169.254.169.254 (cloud metadata)
    'http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/feed', // Teredo client 10.0.0.1
    'http://[64:ff9b:1::1]/feed', // local-use NAT64
  ])('refuses %s', async (url) => {
    await expect(checkFeedUrl(url, false)).rejects.toThrow(/loopback or private/)
  })

  it.each(['::ffff:114.114.114.114', '64:ff9b::808:808', '2002:808:808::1', '2400:3200::1'])('lets %s through when its IPv4 is public', (ip) => {
    expect(isPrivateAddress(ip)).toBe(false)
  })
})
