// @ts-expect-error -- plain JavaScript module shared with `npm start`; it has no type declarations
import { buildClientIfStale, buildServerIfStale } from '../../scripts/build-if-stale.mjs'

type Build = (log: (line: string) => void) => Promise<void>

/**
 * Browser tests need the built client and process tests run the server bundle `npm start`
 * runs; build each once per run, only when stale.
 */
export default async function setup(): Promise<void> {
  await (buildClientIfStale as Build)(() => {})
  await (buildServerIfStale as Build)(() => {})
}
