import path from 'node:path'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { type SmsSettings, type SmtpSettings, readSmsSettings, readSmtpSettings } from './notify/channels/settings.ts'

/** Everything the server reads from its environment, validated once and frozen. */
export interface Config {
  host: string
  port: number
  dataDir: string
  /** `:memory:` only in tests; otherwise a file under dataDir. */
  dbFile: string
  /** YQ_DATABASE_URL: a `postgres://` URL puts the store on PostgreSQL (scale-out); null = the SQLite file. */
  databaseUrl: string | null
  demo: boolean
  /** Seconds between two demo items being published by the built-in replay feed. */
  demoIntervalS: number
  allowPrivateFeeds: boolean
  adminPassword: string | null
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  /** Where the built client is; the server serves it when present. */
  clientDir: string
  /** How often the poller looks for due sources. */
  pollTickMs: number
  /** How often deadlines are checked for crossings; 0 = not started automatically (tests start it). */
  deadlineTickMs: number
  /** How often the notification outbox is delivered and reminders/escalations are checked; 0 = not started automatically. */
  notifyTickMs: number
  /** The absolute base of links in notifications (https://yq.example.gov.cn); null = http://host:port. */
  publicUrl: string | null
  /** The province whose places and units tagging resolves to (属地管理); others are recognised as outside. */
  homeProvince: string
  /** Minutes a session may go unused before it ends. */
  sessionIdleMin: number
  /** Hours after sign-in when a session ends whatever its use. */
  sessionAbsoluteH: number
  /** Sign-in attempts per minute per address before 429 (the account lockout is separate). */
  loginRateMax: number
  /** Mark the session cookie Secure: set when served over HTTPS (a reverse proxy). */
  secureCookie: boolean
  /** How often open sockets are re-checked against their session or display token. */
  socketRecheckMs: number
  /** log2 of scrypt's N for new password hashes; 15 in production, lower only for tests. */
  scryptLogN: number
  // Notification providers (YQ_SMTP_*, YQ_SMS_*), parsed in server/notify/channels/settings.ts.
  /** SMTP for the e-mail channel; null = e-mail channels cannot send. */
  smtp: SmtpSettings | null
  /** The HTTP SMS provider; null = SMS channels cannot send. */
  sms: SmsSettings | null
  /**
   * Browser origins whose pages may open a socket (the `Origin` of the handshake); clients that send
   * no Origin (kiosk scripts, tests) are not browsers and pass. null: derived from YQ_HOST and the
   * port actually bound, because YQ_PORT=0 is known only once listening.
   */
  publicOrigins: readonly string[] | null
  /** New items stored per poll of one feed; the rest are taken by the next polls. */
  feedMaxItems: number
  /** Time allowed to read one fetched document or pushed batch before it is abandoned. */
  feedParseTimeoutMs: number
  /** Time a client has to send a request's headers (slow-header connections are closed after it). */
  headersTimeoutMs: number
  /**
   * Redis for running several processes (YQ_REDIS_URL): socket.io's adapter, the sign-in rate
   * limit's counters and the processes' cache invalidations go through it. null = one process, in memory.
   */
  redisUrl: string | null
  /** Prefix of every Redis key and channel this deployment uses, so several share one Redis. */
  redisPrefix: string
  /** How long a process holds a source's poll or the notification loop before another may take it over after a crash. */
  leaseMs: number
}

type Env = Record<string, string | undefined>

function fail(name: string, message: string): never {
  throw new YqError(ErrorCode.CONFIG, `${name}: ${message}`)
}

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (!/^\d+$/.test(raw.trim())) fail(name, `expected a whole number, got "${raw}"`)
  const value = Number(raw)
  if (value < min || value > max) fail(name, `must be between ${min} and ${max}, got ${value}`)
  return value
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase()
  if (raw === undefined || raw === '') return fallback
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true
  if (['0', 'false', 'no', 'off'].includes(raw)) return false
  fail(name, `expected 1 or 0, got "${env[name]}"`)
}

function readHomeProvince(env: Env): string {
  const raw = (env.YQ_HOME_PROVINCE ?? '').trim() || '山东省'
  // The gazetteer checks the name against GB/T 2260 when the server starts; here only its shape.
  if (!/^[\u4e00-\u9fff]{2,12}$/.test(raw)) fail('YQ_HOME_PROVINCE', `expected a province name in Chinese such as 山东省, got "${raw}"`)
  return raw
}

function readPublicUrl(env: Env): string | null {
  const raw = (env.YQ_PUBLIC_URL ?? '').trim()
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    fail('YQ_PUBLIC_URL', `expected an absolute http(s) URL, got "${raw}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail('YQ_PUBLIC_URL', `expected an http or https URL, got "${raw}"`)
  return url.href.replace(/\/+$/, '')
}

function readDatabaseUrl(env: Env): string | null {
  const raw = (env.YQ_DATABASE_URL ?? '').trim()
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    fail('YQ_DATABASE_URL', 'expected a URL such as postgres://user@127.0.0.1:5432/yuqing')
  }
  // Only PostgreSQL is a shared store; the SQLite file is YQ_DB_FILE. The URL is not echoed: it may hold a password.
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') fail('YQ_DATABASE_URL', `expected a postgres:// URL, got a ${url.protocol}// one`)
  if (!url.hostname || url.pathname.replace(/^\//, '') === '') fail('YQ_DATABASE_URL', 'expected a host and a database name: postgres://user@host:5432/database')
  return raw
}

const LOOPBACK_OR_ANY = new Set(['127.0.0.1', 'localhost', '::1', '[::1]', '0.0.0.0', '::', '[::]'])

/** The origins a browser shows for this server: both loopback names when it listens on loopback or everywhere. */
export function defaultOrigins(host: string, port: number): string[] {
  const at = (name: string) => new URL(`http://${name}:${port}`).origin
  return LOOPBACK_OR_ANY.has(host.toLowerCase()) ? [at('127.0.0.1'), at('localhost'), at('[::1]')] : [at(host.includes(':') ? `[${host}]` : host)]
}

function readOrigins(env: Env, host: string, port: number): readonly string[] | null {
  const raw = env.YQ_PUBLIC_ORIGIN
  if (raw === undefined || raw.trim() === '') return port === 0 ? null : Object.freeze(defaultOrigins(host, port))
  const origins = raw.split(',').map((part) => part.trim()).filter((part) => part !== '')
  if (origins.length === 0) fail('YQ_PUBLIC_ORIGIN', `expected origins such as https://yuqing.example.gov.cn, got "${raw}"`)
  return Object.freeze(
    origins.map((part) => {
      let url: URL
      try {
        url = new URL(part)
      } catch {
        fail('YQ_PUBLIC_ORIGIN', `"${part}" is not an origin such as https://yuqing.example.gov.cn`)
      }
      // An origin is scheme, host and port only; anything more is a mistake that would never match.
      const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password
      if (!['http:', 'https:'].includes(url.protocol) || !bare) fail('YQ_PUBLIC_ORIGIN', `"${part}" is not an origin (http or https, host and port, no path)`)
      return url.origin
    }),
  )
}

function readRedisUrl(env: Env): string | null {
  const raw = (env.YQ_REDIS_URL ?? '').trim()
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    fail('YQ_REDIS_URL', `expected a URL such as redis://127.0.0.1:6379/0, got "${raw}"`)
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') fail('YQ_REDIS_URL', `expected a redis:// or rediss:// URL, got "${raw}"`)
  if (!url.hostname) fail('YQ_REDIS_URL', `names no host: "${raw}"`)
  const db = url.pathname.replace(/^\//, '')
  if (db !== '' && !/^\d{1,2}$/.test(db)) fail('YQ_REDIS_URL', `the path must be a database number such as /0, got "${url.pathname}"`)
  return raw
}

function readRedisPrefix(env: Env): string {
  const raw = env.YQ_REDIS_PREFIX ?? ''
  if (raw === '') return 'yq:'
  if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(raw)) fail('YQ_REDIS_PREFIX', `expected up to 64 letters, digits or _.:-, got "${raw}"`)
  return raw
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/** The only reader of process.env; tests pass their own object. */
export function loadConfig(env: Env, cwd = process.cwd()): Readonly<Config> {
  const dataDir = path.resolve(cwd, env.YQ_DATA_DIR || 'data')
  const logLevel = (env.YQ_LOG_LEVEL || 'info') as Config['logLevel']
  if (!LOG_LEVELS.includes(logLevel)) fail('YQ_LOG_LEVEL', `expected one of ${LOG_LEVELS.join(', ')}`)
  const host = env.YQ_HOST || '127.0.0.1'
  const port = readInt(env, 'YQ_PORT', 8080, 0, 65535)
  return Object.freeze({
    host,
    port,
    dataDir,
    dbFile: env.YQ_DB_FILE || path.join(dataDir, 'yuqing.sqlite'),
    databaseUrl: readDatabaseUrl(env),
    demo: readBool(env, 'YQ_DEMO', true),
    demoIntervalS: readInt(env, 'YQ_DEMO_INTERVAL_S', 6, 1, 3600),
    allowPrivateFeeds: readBool(env, 'YQ_ALLOW_PRIVATE_FEEDS', false),
    adminPassword: env.YQ_ADMIN_PASSWORD || null,
    logLevel,
    clientDir: path.resolve(cwd, env.YQ_CLIENT_DIR || 'dist/client'),
    pollTickMs: readInt(env, 'YQ_POLL_TICK_MS', 1000, 10, 60_000),
    deadlineTickMs: readInt(env, 'YQ_DEADLINE_TICK_MS', 1000, 0, 60_000),
    notifyTickMs: readInt(env, 'YQ_NOTIFY_TICK_MS', 250, 0, 60_000),
    publicUrl: readPublicUrl(env),
    homeProvince: readHomeProvince(env),
    sessionIdleMin: readInt(env, 'YQ_SESSION_IDLE_MIN', 120, 1, 7 * 24 * 60),
    sessionAbsoluteH: readInt(env, 'YQ_SESSION_ABSOLUTE_H', 12, 1, 24 * 30),
    loginRateMax: readInt(env, 'YQ_LOGIN_RATE_MAX', 10, 1, 10_000),
    secureCookie: readBool(env, 'YQ_SECURE_COOKIE', false),
    socketRecheckMs: readInt(env, 'YQ_SOCKET_RECHECK_MS', 2000, 100, 4000),
    scryptLogN: readInt(env, 'YQ_SCRYPT_LOG_N', 15, 10, 20),
    smtp: readSmtpSettings(env),
    sms: readSmsSettings(env),
    publicOrigins: readOrigins(env, host, port),
    feedMaxItems: readInt(env, 'YQ_FEED_MAX_ITEMS', 500, 1, 10_000),
    feedParseTimeoutMs: readInt(env, 'YQ_FEED_PARSE_TIMEOUT_MS', 20_000, 100, 300_000),
    headersTimeoutMs: readInt(env, 'YQ_HEADERS_TIMEOUT_MS', 10_000, 500, 120_000),
    redisUrl: readRedisUrl(env),
    redisPrefix: readRedisPrefix(env),
    leaseMs: readInt(env, 'YQ_LEASE_MS', 30_000, 500, 600_000),
  })
}
