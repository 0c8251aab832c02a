import path from 'node:path'
import nodejieba from 'nodejieba'
import { REPO_ROOT } from '../paths.ts'
import type { Hit } from './aho-corasick.ts'

/** Domain and place words jieba must keep whole (政务舆情, 网信办, 新闻发布会, …). */
export const USER_DICT_FILE = path.join(REPO_ROOT, 'server/classify/user-dict.utf8')

let isLoaded = false
const inserted = new Set<string>()

/**
 * Loads jieba's dictionaries once per process: each load holds ~250 MB, and a worker thread
 * that loads them and ends leaks them, so this module is the only caller of `load`.
 */
export function loadSegmenter(extraWords: Iterable<string> = []): void {
  if (!isLoaded) {
    nodejieba.load({ userDict: USER_DICT_FILE })
    isLoaded = true
  }
  for (const w of extraWords) {
    if (w.length < 2 || inserted.has(w)) continue
    nodejieba.insertWord(w)
    inserted.add(w)
  }
}

export function cut(text: string): string[] {
  loadSegmenter()
  return nodejieba.cut(text)
}

/**
 * A check that a dictionary hit does not straddle jieba's word boundaries: 开封 in 打开封条
 * starts inside 打开 and ends inside 封条, so it is no place. A hit inside one token is kept
 * (山东省 inside 山东省人民政府), as is one that starts and ends on boundaries. The text is cut
 * only when a hit needs checking, which keeps tagging near the speed of a bare cut.
 */
export function boundaryChecker(text: string): (hit: Hit<unknown>) => boolean {
  let tokenOf: Int32Array | null = null
  let isBoundary: Uint8Array | null = null
  const prepare = () => {
    tokenOf = new Int32Array(text.length)
    isBoundary = new Uint8Array(text.length + 1)
    let at = 0
    let index = 0
    for (const token of cut(text)) {
      isBoundary[at] = 1
      tokenOf.fill(index++, at, at + token.length)
      at += token.length
    }
    isBoundary[at] = 1
    // jieba keeps every character; if that ever changes, accept hits rather than drop them.
    if (at !== text.length) isBoundary.fill(1)
  }
  return (hit) => {
    if (!tokenOf) prepare()
    if (tokenOf![hit.start] === tokenOf![hit.end - 1]) return true
    return isBoundary![hit.start] === 1 && isBoundary![hit.end] === 1
  }
}
