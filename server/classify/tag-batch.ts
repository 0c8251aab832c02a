import { setImmediate as yieldToLoop } from 'node:timers/promises'
import type { ItemTags } from '@shared/types/item.ts'
import type { TagInput } from '../ingest/index.ts'
import type { Tagger } from './tagger.ts'

/**
 * Longest the tagger runs before letting the event loop serve sockets and requests. Tagging
 * stays on the main thread (a worker would load jieba's ~250 MB a second time); slicing keeps
 * a burst of 10,000 items from stalling the loop. See bench/classify.ts.
 */
export const TAG_SLICE_MS = 5

/** Tags a batch in order, yielding to the event loop every TAG_SLICE_MS. */
export async function tagInSlices(tagger: Tagger, items: readonly TagInput[], sliceMs = TAG_SLICE_MS): Promise<ItemTags[]> {
  const out: ItemTags[] = []
  let sliceStart = performance.now()
  for (const item of items) {
    out.push(tagger.tag(item.title, item.text, item.source))
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToLoop()
      sliceStart = performance.now()
    }
  }
  return out
}
