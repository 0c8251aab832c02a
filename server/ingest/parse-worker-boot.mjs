// Worker entry: registers tsx in this thread (loader flags do not reach workers on Node 20), then runs the TypeScript worker.
import { register } from 'tsx/esm/api'

register()
await import('./parse-worker.ts')
