// `npm start`: builds what is missing or stale (client, server bundle), then starts the server.
import { pathToFileURL } from 'node:url'
import { buildClientIfStale, buildServerIfStale, serverBundle } from './build-if-stale.mjs'

await buildClientIfStale()
await buildServerIfStale()
await import(pathToFileURL(serverBundle).href)
