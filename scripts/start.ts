/** `npm start`: builds the client when missing or stale, then starts the server on one port. */
import { buildClientIfStale } from './client-build.ts'

await buildClientIfStale()
await import('../server/main.ts')
