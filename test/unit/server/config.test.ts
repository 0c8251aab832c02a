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

  it('derives the public origins from YQ_HOST and YQ_PORT, both loopback names for a loopback or wildcard host', () => {
    expect(loadConfig({}).publicOrigins).toEqual(['http://127.0.0.1:8080', 'http://localhost:8080', 'http://[::1]:8080'])
    expect(loadConfig({ YQ_HOST: '0.0.0.0', YQ_PORT: '9000' }).publicOrigins).toEqual(['http://127.0.0.1:9000', 'http://localhost:9000', 'http://[::1]:9000'])
    expect(loadConfig({ YQ_HOST: '10.0.0.5', YQ_PORT: '80' }).publicOrigins).toEqual(['http://10.0.0.5'])
    // Port 0 is known only once listening: the socket check derives it then.
    expect(loadConfig({ YQ_PORT: '0' }).publicOrigins).toBeNull()
  })

  it('reads YQ_PUBLIC_ORIGIN as a comma-separated list of origins, trailing slashes and case forgiven', () => {
    expect(loadConfig({ YQ_PUBLIC_ORIGIN: 'https://YuQing.example.gov.cn/, http://10.0.0.5:8080' }).publicOrigins).toEqual(['https://yuqing.example.gov.cn', 'http://10.0.0.5:8080'])
  })

  it.each(['*', 'yuqing.example.gov.cn', 'ftp://files.example.cn', 'https://x.example.cn/wall', 'https://x.example.cn?a=1', 'https://user@x.example.cn', ' , '])(
    'refuses YQ_PUBLIC_ORIGIN=%s with a message naming the variable',
    (value) => {
      expect(() => loadConfig({ YQ_PUBLIC_ORIGIN: value })).toThrow(/YQ_PUBLIC_ORIGIN: /)
    },
  )
})
