import { io, type Socket } from 'socket.io-client'
import { onScopeDispose, readonly, ref } from 'vue'
import type { ClientToServerEvents, Envelope, ServerToClientEvents } from '@shared/realtime/events.ts'
import { StreamPosition } from '@shared/realtime/stream-position.ts'
import { displayToken, toLogin } from '../session.ts'
import { ErrorCode } from '@shared/errors.ts'

export type ConnectionState = 'connecting' | 'live' | 'reconnecting'

type Handler<E extends keyof ServerToClientEvents> = ServerToClientEvents[E]

let socket: Socket<ServerToClientEvents, ClientToServerEvents> | null = null
const state = ref<ConnectionState>('connecting')
/** When the connection was lost (for the "重连中 自 …" label). */
const downSince = ref<Date | null>(null)
/** Local time of the last event or hello; the stale banner compares against it. */
const lastUpdateAt = ref<Date | null>(null)
/** serverTime - localTime, in ms, measured at every (re)connect. */
const clockOffsetMs = ref(0)
const serverBuild = ref<string | null>(null)
/** The server runs a newer client build than this page; a view that defers reloading decides when. */
const newBuild = ref(false)
const position = new StreamPosition()
const resyncListeners = new Set<() => void>()
/** Views that reload at a moment of their choosing (the wall waits for a quiet minute). */
const reloadDeferrers = new Set<object>()

function noteBuild(build: string): void {
  if (serverBuild.value && serverBuild.value !== build) {
    newBuild.value = true
    if (reloadDeferrers.size === 0) window.location.reload()
  }
  serverBuild.value ??= build
}

function requestResync(): void {
  for (const listener of resyncListeners) listener()
}

function connect(): Socket<ServerToClientEvents, ClientToServerEvents> {
  if (socket) return socket
  // The session cookie goes with the handshake; a kiosk sends its display token instead.
  const token = displayToken()
  const s: Socket<ServerToClientEvents, ClientToServerEvents> = io({
    transports: ['websocket', 'polling'],
    auth: token ? { token } : {},
    // A restarted server is found again within a few seconds, not after the default 5 s backoff ceiling.
    reconnectionDelayMax: 3000,
  })
  s.on('connect_error', (err: Error & { data?: { code?: string } }) => {
    if (err.data?.code === ErrorCode.UNAUTHENTICATED) toLogin()
  })
  s.on('connect', () => {
    state.value = 'live'
    downSince.value = null
    // A recovered session replays what was missed; anything else may have missed events.
    if (!s.recovered) requestResync()
  })
  s.on('disconnect', (reason) => {
    state.value = 'reconnecting'
    downSince.value ??= new Date()
    // A server shutting down disconnects us on purpose, and socket.io then leaves reconnecting to
    // us; a wall must come back by itself, so it asks again (the manager retries with backoff).
    if (reason === 'io server disconnect') s.connect()
  })
  s.on('server:hello', (hello) => {
    clockOffsetMs.value = Date.parse(hello.now) - Date.now()
    lastUpdateAt.value = new Date()
    noteBuild(hello.build)
    // A new connection that was not recovered resyncs anyway (see 'connect'); start counting here.
    position.start(hello.seq)
  })
  s.on('server:heartbeat', (beat) => {
    lastUpdateAt.value = new Date()
    noteBuild(beat.build)
    // Only an event meant for this socket's audience that never came makes it resync.
    if (position.isBehind(beat.seq)) requestResync()
  })
  s.onAny((event: string, payload: unknown) => {
    if (event.startsWith('server:')) return
    lastUpdateAt.value = new Date()
    const seq = (payload as Partial<Envelope<unknown>> | undefined)?.seq
    if (typeof seq === 'number') position.received(seq)
  })
  socket = s
  return s
}

/**
 * The one socket of the page. Handlers registered here are removed when the calling
 * component's scope ends, so a view that goes away leaves no listener behind.
 */
export function useRealtime() {
  const s = connect()

  function on<E extends keyof ServerToClientEvents>(event: E, handler: Handler<E>): void {
    ;(s.on as (e: string, h: unknown) => void)(event, handler)
    onScopeDispose(() => (s.off as (e: string, h: unknown) => void)(event, handler))
  }

  function onResync(handler: () => void): void {
    resyncListeners.add(handler)
    onScopeDispose(() => resyncListeners.delete(handler))
  }

  /** Keeps this page from reloading the moment a new build appears; `newBuild` tells the caller to do it. */
  function deferReload(): void {
    const token = {}
    reloadDeferrers.add(token)
    onScopeDispose(() => reloadDeferrers.delete(token))
  }

  return {
    state: readonly(state),
    newBuild: readonly(newBuild),
    deferReload,
    downSince: readonly(downSince),
    lastUpdateAt: readonly(lastUpdateAt),
    clockOffsetMs: readonly(clockOffsetMs),
    on,
    onResync,
  }
}
