import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'

/** A new secret for a push source: shown once, stored only as a hash. */
export function newPushToken(): { token: string; hash: string; url: string } {
  const token = `yqp_${randomBytes(32).toString('base64url')}`
  return { token, hash: hashToken(token), url: `urn:yq:push:${randomUUID()}` }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** Compares in constant time (over the fixed-length hashes), so timing reveals nothing about the token. */
export function tokenMatches(given: string | undefined, storedHash: string | null): boolean {
  if (!given || !storedHash) return false
  const a = Buffer.from(hashToken(given), 'hex')
  const b = Buffer.from(storedHash, 'hex')
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The token from `Authorization: Bearer …` or `X-YQ-Push-Token`. */
export function tokenFromHeaders(headers: Record<string, string | string[] | undefined>): string | undefined {
  const auth = headers.authorization
  if (typeof auth === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(auth)
    if (match) return match[1]
  }
  const direct = headers['x-yq-push-token']
  return typeof direct === 'string' ? direct.trim() : undefined
}
