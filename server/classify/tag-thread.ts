import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { REPO_ROOT } from '../paths.ts'
import type { Department } from '@shared/types/department.ts'
import type { ItemTags } from '@shared/types/item.ts'
import type { TagInput } from '../ingest/index.ts'
import type { WorkerReply, WorkerRequest } from './tag-worker.ts'

/** Items per message: each reply is deserialised on the event loop, so keep it small. */
const ITEMS_PER_MESSAGE = 100
const IN_FLIGHT = 2

interface Pending {
  resolve: (reply: ItemTags[] | string[][]) => void
  reject: (err: Error) => void
}

let worker: Worker | null = null
let nextId = 1
let nextConfigId = 1
const pending = new Map<number, Pending>()

/**
 * Beside the server bundle (npm start) the worker is bundled too; from source (tests, tsx) its
 * boot file registers tsx and runs the TypeScript worker.
 */
function workerEntry(): string {
  const bundled = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tag-worker.mjs')
  return fs.existsSync(bundled) ? bundled : path.join(REPO_ROOT, 'server/classify/tag-worker-boot.mjs')
}

/**
 * The process's one tagging worker, started on first use and never ended: ending it would leak
 * jieba's dictionary, and it is unref'd so it does not keep the process alive.
 */
function sharedWorker(): Worker {
  if (worker) return worker
  // execArgv: [] keeps the parent's tsx flags out: under the tsx CLI they hold the process open.
  const w = new Worker(workerEntry(), { execArgv: [] })
  w.on('message', (reply: WorkerReply) => {
    const p = pending.get(reply.id)
    if (!p) return
    pending.delete(reply.id)
    if (pending.size === 0) w.unref()
    if ('error' in reply) p.reject(new Error(`tagging failed: ${reply.error}`))
    else p.resolve('tags' in reply ? reply.tags : reply.words)
  })
  const failAll = (err: Error) => {
    worker = null
    for (const p of pending.values()) p.reject(err)
    pending.clear()
  }
  w.on('error', failAll)
  w.on('exit', (code) => failAll(new Error(`tagging worker exited with code ${code}`)))
  // Held only while replies are awaited (see tagItems), so an idle worker never keeps the process alive.
  w.unref()
  worker = w
  return w
}

/** A tagger configuration living in the shared worker: one per app. */
export interface ThreadTagger {
  setCatalogue(catalogue: Department[]): void
  tagItems(items: readonly TagInput[]): Promise<ItemTags[]>
}

export function threadTagger(homeProvince: string, catalogue: Department[]): ThreadTagger {
  const configId = nextConfigId++
  const send = (req: WorkerRequest) => sharedWorker().postMessage(req)
  send({ type: 'configure', configId, homeProvince, catalogue })
  return {
    setCatalogue(next) {
      // Messages are handled in order: every batch sent after this is tagged with the new catalogue.
      send({ type: 'configure', configId, homeProvince, catalogue: next })
    },
    async tagItems(items) {
      const tags: ItemTags[] = []
      // Two messages in flight keep the worker busy; sending everything at once would copy the
      // whole burst on the event loop in one go (10,000 items stalled it for over 100 ms).
      const request = (from: number): Promise<ItemTags[]> => {
        const id = nextId++
        const slice = items.slice(from, from + ITEMS_PER_MESSAGE).map((it) => ({ title: it.title, text: it.text, source: it.source ?? null }))
        const reply = new Promise<ItemTags[]>((resolve, reject) => pending.set(id, { resolve: resolve as Pending['resolve'], reject }))
        sharedWorker().ref()
        send({ type: 'tag', id, configId, items: slice })
        return reply
      }
      let inFlight: Promise<ItemTags[]>[] = []
      for (let from = 0; from < items.length || inFlight.length > 0; ) {
        while (inFlight.length < IN_FLIGHT && from < items.length) {
          inFlight.push(request(from))
          from += ITEMS_PER_MESSAGE
        }
        tags.push(...(await inFlight[0]!))
        inFlight = inFlight.slice(1)
      }
      return tags
    },
  }
}

function wordsInThread(type: 'search-words' | 'query-words', texts: string[]): Promise<string[][]> {
  const id = nextId++
  const reply = new Promise<string[][]>((resolve, reject) => pending.set(id, { resolve: resolve as Pending['resolve'], reject }))
  const w = sharedWorker()
  w.ref()
  w.postMessage({ type, id, texts } satisfies WorkerRequest)
  return reply
}

/** Search-index words of each text (see searchWords), segmented on the tagging thread. */
export const searchWordsInThread = (texts: string[]): Promise<string[][]> => wordsInThread('search-words', texts)

/** Words of a search query (see queryWords), on the tagging thread: the main thread loads no dictionary. */
export const queryWordsInThread = async (text: string): Promise<string[]> => (await wordsInThread('query-words', [text]))[0]!
