import type { FastifyBaseLogger } from 'fastify'
import type { Department } from '@shared/types/department.ts'
import type { ItemTags } from '@shared/types/item.ts'
import type { TagInput } from '../ingest/index.ts'
import type { Gazetteer } from './gazetteer.ts'
import type { TagWith } from './preview.ts'
import { tagInSlices } from './tag-batch.ts'
import { threadTagger, type ThreadTagger } from './tag-thread.ts'
import { Tagger } from './tagger.ts'

/**
 * Tagging with a proposed catalogue for previews: its own tagger on the shared tagging thread
 * (made on first use), so the catalogue in force is untouched. Previews run one at a time,
 * because each swaps this tagger's catalogue.
 */
export function previewTagging(homeProvince: string, gazetteer: Gazetteer, log: FastifyBaseLogger): TagWith {
  let thread: ThreadTagger | null = null
  let queue: Promise<unknown> = Promise.resolve()
  const tag = async (catalogue: Department[], items: TagInput[]): Promise<ItemTags[]> => {
    if (thread) thread.setCatalogue(catalogue)
    else thread = threadTagger(homeProvince, catalogue)
    try {
      return await thread.tagItems(items)
    } catch (err) {
      log.error({ err }, 'tagging thread failed; previewing on the main thread')
      return tagInSlices(new Tagger(gazetteer, catalogue), items)
    }
  }
  return (catalogue, items) => {
    const run = queue.then(() => tag(catalogue, items))
    queue = run.catch(() => undefined)
    return run
  }
}
