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
