import { io, type Socket } from 'socket.io-client'
import { onScopeDispose, readonly, ref } from 'vue'
import type { ClientToServerEvents, Envelope, ServerToClientEvents } from '@shared/realtime/events.ts'
import { displayToken, toLogin } from '../session.ts'

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
let lastSeq = 0
const resyncListeners = new Set<() => void>()

function requestResync(): void {
  for (const listener of resyncListeners) listener()
}

function connect(): Socket<ServerToClientEvents, ClientToServerEvents> {
  if (socket) return socket
  // The session cookie goes with the handshake; a kiosk sends its display token instead.
  const token = displayToken()
  const s: Socket<ServerToClientEvents, ClientToServerEvents> = io({ transports: ['websocket', 'polling'], auth: token ? { token } : {} })
  s.on('connect_error', (err: Error & { data?: { code?: string } }) => {
    if (err.data?.code === 'YQ_ERR_UNAUTHENTICATED') toLogin()
  })
  s.on('connect', () => {
    state.value = 'live'
    downSince.value = null
    // A recovered session replays what was missed; anything else may have missed events.
    if (!s.recovered) requestResync()
  })
  s.on('disconnect', () => {
    state.value = 'reconnecting'
    downSince.value ??= new Date()
  })
  s.on('server:hello', (hello) => {
    clockOffsetMs.value = Date.parse(hello.now) - Date.now()
    lastUpdateAt.value = new Date()
    if (serverBuild.value && serverBuild.value !== hello.build) window.location.reload()
    serverBuild.value = hello.build
    lastSeq = hello.seq
  })
  s.onAny((_event: string, payload: unknown) => {
    lastUpdateAt.value = new Date()
    const seq = (payload as Partial<Envelope<unknown>> | undefined)?.seq
    if (typeof seq !== 'number') return
    // Sequence numbers are the event log's ids: a jump means events this client never saw.
    if (lastSeq && seq > lastSeq + 1) requestResync()
    lastSeq = Math.max(lastSeq, seq)
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

  return {
    state: readonly(state),
    downSince: readonly(downSince),
    lastUpdateAt: readonly(lastUpdateAt),
    clockOffsetMs: readonly(clockOffsetMs),
    on,
    onResync,
  }
}
