/**
 * The page's credentials: the session cookie is HttpOnly (the browser sends it), so the page keeps
 * only the CSRF token for writes, or, on a kiosk, the display token from the `?token=` link.
 */
import { shallowRef } from 'vue'
import type { Me } from '@shared/api/accounts.ts'
import type { Role } from '@shared/types/role.ts'

const DISPLAY_KEY = 'yq.display_token'

export interface SignedIn {
  username: string | null
  role: Role
  unit_id: string | null
}

/** Who is signed in (a kiosk has no username); null until /api/auth/me answers. */
export const signedIn = shallowRef<SignedIn | null>(null)

let csrfToken: string | null = null

export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

/** The kiosk link's token, kept for this tab so a reload or a route change keeps the wall open. */
export function displayToken(): string | null {
  const fromUrl = new URLSearchParams(window.location.search).get('token')
  if (fromUrl) sessionStorage.setItem(DISPLAY_KEY, fromUrl)
  return fromUrl ?? sessionStorage.getItem(DISPLAY_KEY)
}

export function authHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = {}
  const display = displayToken()
  if (display) headers.authorization = `Bearer ${display}`
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken
  return headers
}

/**
 * A kiosk whose display token was revoked (or expired): the screen says so in words, with whom to
 * call, instead of turning into a sign-in form nobody in the room can use.
 */
export const displayRevoked = shallowRef(false)

let leaving = false

/**
 * Leaves for the sign-in page on purpose (after a password change ended every session): the 401s
 * that follow from the socket and open requests must not overtake it with a plain redirect.
 */
export function leaveForLogin(url: string): void {
  leaving = true
  window.location.assign(url)
}

/** Any 401 sends the person to the sign-in page, back here afterwards; a kiosk shows why it stopped. */
export function toLogin(): void {
  if (leaving) return
  if (displayToken()) {
    displayRevoked.value = true
    return
  }
  if (window.location.pathname === '/login') return
  const next = window.location.pathname + window.location.search
  window.location.assign(`/login?next=${encodeURIComponent(next)}`)
}

/** Asks who we are once per page load; false (after redirecting) when nobody is signed in. */
let checked: Promise<boolean> | null = null
export function ensureSession(): Promise<boolean> {
  checked ??= fetch('/api/auth/me', { headers: { accept: 'application/json', ...authHeaders('GET') } }).then(async (res) => {
    if (res.status === 401) {
      toLogin()
      return false
    }
    if (res.ok) {
      const me = (await res.json()) as Me
      setCsrfToken(me.csrf_token)
      signedIn.value = { username: me.user?.username ?? null, role: me.role, unit_id: me.user?.unit_id ?? null }
    }
    return true
  })
  return checked
}
