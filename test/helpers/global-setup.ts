// @ts-expect-error -- plain JavaScript module shared with `npm start`; it has no type declarations
import { buildClientIfStale } from '../../scripts/build-if-stale.mjs'

/** Browser tests need the built client; build it once per run, only when stale. */
export default async function setup(): Promise<void> {
  await (buildClientIfStale as (log: (line: string) => void) => Promise<void>)(() => {})
}
