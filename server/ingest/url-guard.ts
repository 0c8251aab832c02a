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
// 64:ff9b:1::/48 is local-use NAT64, which may translate to anything inside the network.
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b:1::', 48]] as const)
  privateRanges.addSubnet(net, prefix, 'ipv6')

/** An IPv6 address as its eight 16-bit groups (a trailing dotted quad becomes two), or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase().replace(/%.*$/, '')
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number]
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail] = text.split('::') as [string, string | undefined]
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : [])
  const left = parse(head)
  const right = parse(tail)
  const groups = tail === undefined ? left : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right]
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null
}

const quadOf = (hi: number, lo: number): string => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`

/**
 * The IPv4 address an IPv6 form carries, where the network would deliver it to that IPv4 host:
 * mapped ::ffff:a.b.c.d (which URL parsing writes ::ffff:7f00:1), compatible ::a.b.c.d, SIIT
 * ::ffff:0:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16 and Teredo 2001::/32 (its client, inverted).
 */
export function embeddedIpv4(address: string): string | null {
  const g = ipv6Groups(address)
  if (!g) return null
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0)
  if (zeros(0, 5) && g[5] === 0xffff) return quadOf(g[6]!, g[7]!)
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return quadOf(g[6]!, g[7]!)
  if (zeros(0, 6) && (g[6] !== 0 || g[7]! > 1)) return quadOf(g[6]!, g[7]!)
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return quadOf(g[6]!, g[7]!)
  if (g[0] === 0x2002) return quadOf(g[1]!, g[2]!)
  if (g[0] === 0x2001 && g[1] === 0) return quadOf(g[6]! ^ 0xffff, g[7]! ^ 0xffff)
  return null
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 4) return privateRanges.check(address, 'ipv4')
  if (family === 6) {
    const v4 = embeddedIpv4(address)
    if (v4 !== null) return privateRanges.check(v4, 'ipv4')
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
