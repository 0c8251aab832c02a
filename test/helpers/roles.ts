import type { Case } from '@shared/types/case.ts'
import { addUser } from '../../server/auth/users.ts'
import { openCaseOn } from './case-fixtures.ts'
import { rawFetch, sessionHeaders, type Session } from './auth-session.ts'
import type { TestApp } from './test-app.ts'

export const ROLE_NAMES = ['anonymous', 'admin', 'operator', 'unit', 'reviewer', 'display'] as const
export type RoleName = (typeof ROLE_NAMES)[number]
export const PASSWORD = 'role-password-0001'

export interface RoleWorld {
  sessions: Record<'admin' | 'operator' | 'unit' | 'reviewer', Session>
  display: { id: number; secret: string }
  /** A 历下区 (370102) case the unit account may see, and a 青岛 (370200) one it may not. */
  lixia: Case
  qingdao: Case
  /** Headers for a request by that role, as its client would send them. */
  headers: (role: RoleName, method?: string) => Record<string, string>
}

/** One account per role (the unit one bound to 历下区), a display token, and a case on each side of the line. */
export async function makeRoleWorld(t: TestApp): Promise<RoleWorld> {
  await addUser(t.app.db, { username: 'operator', password: PASSWORD, role: 'operator' }, 'test')
  await addUser(t.app.db, { username: 'lixia', password: PASSWORD, role: 'unit', unit_id: '370102' }, 'test')
  await addUser(t.app.db, { username: 'reviewer', password: PASSWORD, role: 'reviewer' }, 'test')
  const sessions = { admin: t.admin, operator: await t.login('operator', PASSWORD), unit: await t.login('lixia', PASSWORD), reviewer: await t.login('reviewer', PASSWORD) }
  const res = await rawFetch(`${t.baseUrl}/api/display-tokens`, {
    method: 'POST',
    headers: { ...sessionHeaders(t.admin, 'POST'), 'content-type': 'application/json' },
    body: JSON.stringify({ name: '大厅大屏' }),
  })
  const created = (await res.json()) as { token: { id: number }; secret: string }
  const display = { id: created.token.id, secret: created.secret }
  const lixia = await openCaseOn(t, '济南市历下区泉城路商铺噪音扰民', '370102')
  const qingdao = await openCaseOn(t, '青岛市市南区海水浴场管理混乱', '370200')
  const headers = (role: RoleName, method = 'GET'): Record<string, string> => {
    if (role === 'anonymous') return {}
    if (role === 'display') return { authorization: `Bearer ${display.secret}` }
    return sessionHeaders(sessions[role], method)
  }
  return { sessions, display, lixia, qingdao, headers }
}
