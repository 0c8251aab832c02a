/**
 * The tagging thread: loads jieba once and tags batches for the server, so a burst of items
 * never holds the event loop. It lives as long as the process (a worker that ends leaks the
 * ~250 MB dictionary). One worker serves every app in the process, each by its config id.
 */
import { parentPort } from 'node:worker_threads'
import type { Department } from '@shared/types/department.ts'
import type { ItemTags } from '@shared/types/item.ts'
import type { TagSource } from '@shared/types/source.ts'
import { gazetteerOf } from './gazetteer.ts'
import { queryWords, searchWords } from './segmenter.ts'
import { Tagger } from './tagger.ts'

export type WorkerRequest =
  | { type: 'configure'; configId: number; homeProvince: string; catalogue: Department[] }
  | { type: 'tag'; id: number; configId: number; items: { title: string; text: string; source: TagSource | null }[] }
  | { type: 'search-words'; id: number; texts: string[] }
  | { type: 'query-words'; id: number; texts: string[] }

export type WorkerReply = { id: number; tags: ItemTags[] } | { id: number; words: string[][] } | { id: number; error: string }

const taggers = new Map<number, Tagger>()

function configure(req: Extract<WorkerRequest, { type: 'configure' }>): void {
  const existing = taggers.get(req.configId)
  if (existing) return existing.setCatalogue(req.catalogue)
  taggers.set(req.configId, new Tagger(gazetteerOf(req.homeProvince), req.catalogue))
}

parentPort!.on('message', (req: WorkerRequest) => {
  if (req.type === 'configure') {
    configure(req)
    return
  }
  if (req.type === 'search-words' || req.type === 'query-words') {
    // The triage index's and its queries' words: the dictionary is loaded here already, and only here.
    parentPort!.postMessage({ id: req.id, words: req.texts.map(req.type === 'search-words' ? searchWords : queryWords) } satisfies WorkerReply)
    return
  }
  try {
    const tagger = taggers.get(req.configId)
    if (!tagger) throw new Error(`no tagger configured as ${req.configId}`)
    const reply: WorkerReply = { id: req.id, tags: req.items.map((i) => tagger.tag(i.title, i.text, i.source)) }
    parentPort!.postMessage(reply)
  } catch (err) {
    parentPort!.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) } satisfies WorkerReply)
  }
})
