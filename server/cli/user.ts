import readline from 'node:readline'
import { setScryptCost, randomToken } from '../auth/password.ts'
import { ACCOUNT_ROLES, type AccountRole } from '../auth/schema.ts'
import { addUser, changeUser, listUsers } from '../auth/users.ts'
import { loadConfig } from '../config.ts'
import { openDatabase, storeTarget } from '../db/plugin.ts'
import { allMigrations } from '../migrations.ts'

const USAGE = `usage: npm run user -- add NAME --role ${ACCOUNT_ROLES.join('|')} [--unit UNIT_ID]
       npm run user -- disable NAME | enable NAME
       npm run user -- reset NAME
       npm run user -- list
add and reset read the password from the first line of stdin; reset with empty stdin generates one and prints it.
Works on the database of YQ_DATA_DIR / YQ_DB_FILE, also while the server runs (its sockets re-check within seconds).`

/** The first stdin line, or '' when stdin is a terminal or empty (a password never goes on the command line). */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) return ''
  const rl = readline.createInterface({ input: process.stdin })
  for await (const line of rl) {
    rl.close()
    return line
  }
  return ''
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

async function main(args: string[]): Promise<number> {
  const [command, name] = args
  const config = loadConfig(process.env)
  setScryptCost(config.scryptLogN)
  const db = await openDatabase(storeTarget(config), allMigrations)
  try {
    switch (command) {
      case 'add': {
        const role = option(args, '--role') as AccountRole | undefined
        if (!name || !role) break
        const password = await readPassword()
        const user = await addUser(db, { username: name, password, role, unit_id: option(args, '--unit') ?? null }, 'cli')
        console.log(JSON.stringify(user))
        return 0
      }
      case 'disable':
      case 'enable':
        if (!name) break
        console.log(JSON.stringify(await changeUser(db, name, { disabled: command === 'disable' }, 'cli')))
        return 0
      case 'reset': {
        if (!name) break
        const given = await readPassword()
        const password = given || randomToken(15)
        const user = await changeUser(db, name, { password }, 'cli')
        console.log(JSON.stringify(given ? user : { ...user, password }))
        return 0
      }
      case 'list':
        for (const u of await listUsers(db)) console.log(JSON.stringify(u))
        return 0
    }
    console.error(USAGE)
    return 2
  } catch (err) {
    console.error(`user: ${(err as Error).message}`)
    return 1
  } finally {
    await db.destroy()
  }
}

process.exitCode = await main(process.argv.slice(2))
