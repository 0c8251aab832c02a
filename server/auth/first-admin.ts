import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../db/index.ts'
import { randomToken } from './password.ts'
import { addUser } from './users.ts'

/**
 * On a database without an admin account, creates `admin`. The password comes from YQ_ADMIN_PASSWORD; without
 * it one is generated and printed once, on this start only, since it exists nowhere else.
 */
export async function ensureFirstAdmin(db: Kysely<Database>, adminPassword: string | null, log: FastifyBaseLogger, print: (line: string) => void): Promise<void> {
  // Accounts added first by the CLI (a unit, say) still leave the office without an admin.
  const admin = await db.selectFrom('users').select('id').where((eb) => eb.or([eb('role', '=', 'admin'), eb('username', '=', 'admin')])).limit(1).executeTakeFirst()
  if (admin) return
  const password = adminPassword ?? randomToken(15)
  await addUser(db, { username: 'admin', password, role: 'admin' }, 'system')
  if (adminPassword) {
    log.info('created the first account "admin" with the password from YQ_ADMIN_PASSWORD')
    return
  }
  // Deliberately not through the logger: log files are shipped and kept; this goes to the console once.
  print(
    [
      '',
      '============================================================',
      ' 首个管理员账户已创建 / First admin account created',
      `   username: admin`,
      `   password: ${password}`,
      ' 此密码只显示这一次，请登录后修改。 Shown only now: change it after login,',
      ' or set YQ_ADMIN_PASSWORD before the first start next time.',
      '============================================================',
      '',
    ].join('\n'),
  )
}
