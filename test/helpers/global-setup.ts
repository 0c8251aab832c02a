import { buildClientIfStale } from '../../scripts/client-build.ts'

/** Browser tests need the built client; build it once per run, only when stale. */
export default async function setup(): Promise<void> {
  await buildClientIfStale(() => {})
}
