import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../../server/config.ts'

describe('loadConfig()', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({}, '/srv/yq')
    expect(config).toMatchObject({ host: '127.0.0.1', port: 8080, dataDir: '/srv/yq/data', demo: true, allowPrivateFeeds: false })
    expect(config.dbFile).toBe('/srv/yq/data/yuqing.sqlite')
    expect(Object.isFrozen(config)).toBe(true)
  })

  it('reads YQ_DEMO=0 as off and YQ_ALLOW_PRIVATE_FEEDS=1 as on', () => {
    const config = loadConfig({ YQ_DEMO: '0', YQ_ALLOW_PRIVATE_FEEDS: '1', YQ_PORT: '9000' })
    expect(config.demo).toBe(false)
    expect(config.allowPrivateFeeds).toBe(true)
    expect(config.port).toBe(9000)
  })

  it.each([
    ['YQ_PORT', 'eighty', /YQ_PORT: expected a whole number/],
    ['YQ_PORT', '70000', /YQ_PORT: must be between 0 and 65535/],
    ['YQ_PORT', '-1', /YQ_PORT: expected a whole number/],
    ['YQ_DEMO', 'maybe', /YQ_DEMO: expected 1 or 0/],
    ['YQ_LOG_LEVEL', 'loud', /YQ_LOG_LEVEL: expected one of/],
    ['YQ_DEMO_INTERVAL_S', '0', /YQ_DEMO_INTERVAL_S: must be between/],
  ])('refuses %s=%s with a message naming the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message)
    try {
      loadConfig({ [name]: value })
    } catch (err) {
      expect((err as { code: string }).code).toBe('YQ_ERR_CONFIG')
    }
  })
})
