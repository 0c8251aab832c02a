// `npm run start:pg`: the server on a local PostgreSQL instead of the SQLite file. Creates the
// database named in YQ_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/yuqing) when it
// is missing, with C collation so text (ISO times, ids) orders as in SQLite, then runs `npm start`.
import pg from 'pg'

const url = new URL(process.env.YQ_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/yuqing')
const database = decodeURIComponent(url.pathname.replace(/^\//, ''))
if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(database)) {
  console.error(`start:pg: "${database}" is not a plain database name (letters, digits, _)`)
  process.exit(1)
}
const maintenance = new URL(url)
maintenance.pathname = '/postgres'
const client = new pg.Client({ connectionString: maintenance.href })
try {
  await client.connect()
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
  if (rowCount === 0) {
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`)
    console.log(`start:pg: created database ${database}`)
  }
} catch (err) {
  console.error(`start:pg: cannot reach PostgreSQL at ${url.host}: ${err.message}`)
  process.exit(1)
} finally {
  await client.end().catch(() => undefined)
}
process.env.YQ_DATABASE_URL = url.href
await import('./start.mjs')
