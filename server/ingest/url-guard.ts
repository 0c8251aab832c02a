import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'
import { ErrorCode, YqError } from '@shared/errors.ts'

// Addresses a feed URL must not reach unless the deployment allows it: otherwise a source
// could make the server fetch its own admin interfaces or the office's intranet.
const privateRanges = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) privateRanges.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const)
  privateRanges.addSubnet(net, prefix, 'ipv6')

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 4) return privateRanges.check(address, 'ipv4')
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
    if (mapped?.[1]) return privateRanges.check(mapped[1], 'ipv4')
    return privateRanges.check(address, 'ipv6')
  }
  return true
}

/** Refuses URLs that are not http(s), and (unless allowed) URLs resolving to private addresses. */
export async function checkFeedUrl(raw: string, allowPrivate: boolean): Promise<URL> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new YqError(ErrorCode.SOURCE_URL_REFUSED, `"${raw}" is not a URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new YqError(ErrorCode.SOURCE_URL_REFUSED, `only http and https feeds are read, not ${url.protocol}`)
  if (allowPrivate) return url
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address)
  } catch {
    throw new YqError(ErrorCode.SOURCE_URL_REFUSED, `the host ${host} does not resolve`)
  }
  if (addresses.some(isPrivateAddress))
    throw new YqError(
      ErrorCode.SOURCE_URL_REFUSED,
      `${host} is a loopback or private address; set YQ_ALLOW_PRIVATE_FEEDS=1 to allow it`,
    )
  return url
}
