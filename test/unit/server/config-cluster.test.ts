import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../../server/config.ts'

describe('multi-process settings (YQ_REDIS_URL, YQ_REDIS_PREFIX, YQ_LEASE_MS)', () => {
  it('runs as one process, in memory, when nothing is set', () => {
    const config = loadConfig({})
    expect(config.redisUrl).toBeNull()
    expect(config.redisPrefix).toBe('yq:')
    expect(config.leaseMs).toBe(30_000)
  })

  it('takes a redis:// or rediss:// URL with a database number', () => {
    expect(loadConfig({ YQ_REDIS_URL: 'redis://127.0.0.1:6379/3' }).redisUrl).toBe('redis://127.0.0.1:6379/3')
    expect(loadConfig({ YQ_REDIS_URL: ' rediss://:secret@redis.example.gov.cn:6380 ' }).redisUrl).toBe('rediss://:secret@redis.example.gov.cn:6380')
  })

  it.each([
    ['127.0.0.1:6379', /YQ_REDIS_URL: expected a URL/],
    ['http://127.0.0.1:6379', /redis:\/\/ or rediss:\/\//],
    ['redis://127.0.0.1:6379/cache', /database number/],
    ['redis://', /names no host|expected a URL/],
  ])('refuses YQ_REDIS_URL=%s with its reason', (raw, reason) => {
    expect(() => loadConfig({ YQ_REDIS_URL: raw })).toThrow(reason)
  })

  it('refuses a prefix that could collide with other keys or a lease shorter than a poll tick allows', () => {
    expect(() => loadConfig({ YQ_REDIS_PREFIX: 'yq prod*' })).toThrow(/YQ_REDIS_PREFIX/)
    expect(() => loadConfig({ YQ_LEASE_MS: '10' })).toThrow(/YQ_LEASE_MS: must be between 500/)
    expect(() => loadConfig({ YQ_LEASE_MS: 'soon' })).toThrow(/YQ_LEASE_MS: expected a whole number/)
  })
})
