/** One occurrence of a pattern in a text: `start`/`end` are UTF-16 offsets, end exclusive. */
export interface Hit<T> {
  start: number
  end: number
  value: T
}

/** Above this many children a state's edges are binary-searched; below, scanned (most states have one). */
const SCAN_EDGES = 8

/**
 * Multi-pattern matching over raw text in one pass. Names are matched in the text itself, not
 * looked up among `cut` tokens: a long token hides the names inside it (山东省人民政府 hides 山东省).
 *
 * The trie is built with a Map per state, then flattened into typed arrays: the root's children
 * in a table indexed by UTF-16 unit (most characters of a text lead nowhere, and that is now one
 * array read), every other state's children as a sorted run of (character, state) pairs. A Map
 * per state cost 8.4 MB of heap for the gazetteer's 27,885 states and a hash lookup per character;
 * the tagger scans every item's text with three automata (docs/performance.md).
 * @see https://en.wikipedia.org/wiki/Aho%E2%80%93Corasick_algorithm
 */
export class AhoCorasick<T> {
  /**
   * The root's child for each UTF-16 unit; 0 (the root) where there is none. States are held in 16 bits when there are
   * fewer than 65,536 (every automaton the tagger builds): half the memory the scan reads, which stays in the cache.
   */
  private readonly rootNext: Int32Array | Uint16Array
  /** State s's children are edgeChar/edgeTo[edgeStart[s] … edgeStart[s + 1]), sorted by character. */
  private readonly edgeStart: Int32Array
  private readonly edgeChar: Uint16Array
  private readonly edgeTo: Int32Array | Uint16Array
  private readonly fail: Int32Array | Uint16Array
  /** State s's patterns, its own then those reached through fail links: outLength/outValue[outStart[s] … outStart[s + 1]). */
  private readonly outStart: Int32Array
  private readonly outLength: Int32Array
  private readonly outValue: T[] = []

  constructor(patterns: Iterable<[string, T]>) {
    const next: Map<number, number>[] = [new Map()]
    const own: { length: number; value: T }[][] = [[]]
    for (const [text, value] of patterns) {
      if (text.length === 0) continue
      let state = 0
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i)
        let to = next[state]!.get(c)
        if (to === undefined) {
          to = next.length
          next.push(new Map())
          own.push([])
          next[state]!.set(c, to)
        }
        state = to
      }
      own[state]!.push({ length: text.length, value })
    }

    const states = next.length
    const StateArray = states < 0x10000 ? Uint16Array : Int32Array
    this.rootNext = new StateArray(0x10000)
    this.fail = new StateArray(states)
    this.edgeStart = new Int32Array(states + 1)
    let edges = 0
    for (let s = 0; s < states; s++) {
      this.edgeStart[s] = edges
      if (s !== 0) edges += next[s]!.size
    }
    this.edgeStart[states] = edges
    this.edgeChar = new Uint16Array(edges)
    this.edgeTo = new StateArray(edges)
    for (let s = 1; s < states; s++) {
      let e = this.edgeStart[s]!
      for (const c of [...next[s]!.keys()].sort((a, b) => a - b)) {
        this.edgeChar[e] = c
        this.edgeTo[e++] = next[s]!.get(c)!
      }
    }
    for (const [c, to] of next[0]!) this.rootNext[c] = to

    // Fail links breadth first; each state's output list is its own patterns, then its fail state's.
    const out: { length: number; value: T }[][] = own.map((o) => o.slice())
    const queue: number[] = [...next[0]!.values()]
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!
      for (const [c, to] of next[state]!) {
        let f = this.fail[state]!
        while (f !== 0 && this.child(f, c) < 0) f = this.fail[f]!
        const target = f === 0 ? this.rootNext[c]! : this.child(f, c)
        this.fail[to] = target > 0 && target !== to ? target : 0
        out[to]!.push(...out[this.fail[to]!]!)
        queue.push(to)
      }
    }
    this.outStart = new Int32Array(states + 1)
    let outs = 0
    for (let s = 0; s < states; s++) {
      this.outStart[s] = outs
      outs += out[s]!.length
    }
    this.outStart[states] = outs
    this.outLength = new Int32Array(outs)
    for (let s = 0, o = 0; s < states; s++) {
      for (const p of out[s]!) {
        this.outLength[o++] = p.length
        this.outValue.push(p.value)
      }
    }
  }

  /** The child of a non-root state for character c, or -1. */
  private child(state: number, c: number): number {
    let lo = this.edgeStart[state]!
    let hi = this.edgeStart[state + 1]!
    if (hi - lo <= SCAN_EDGES) {
      for (; lo < hi; lo++) if (this.edgeChar[lo] === c) return this.edgeTo[lo]!
      return -1
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const m = this.edgeChar[mid]!
      if (m === c) return this.edgeTo[mid]!
      if (m < c) lo = mid + 1
      else hi = mid
    }
    return -1
  }

  /** Every occurrence, overlapping ones included, ordered by end offset. */
  findAll(text: string): Hit<T>[] {
    const hits: Hit<T>[] = []
    const { rootNext, fail, outStart, outLength, outValue } = this
    let state = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      for (;;) {
        if (state === 0) {
          state = rootNext[c]!
          break
        }
        const to = this.child(state, c)
        if (to >= 0) {
          state = to
          break
        }
        state = fail[state]!
      }
      for (let o = outStart[state]!, end = outStart[state + 1]!; o < end; o++) hits.push({ start: i + 1 - outLength[o]!, end: i + 1, value: outValue[o]! })
    }
    return hits
  }
}
