/** One occurrence of a pattern in a text: `start`/`end` are UTF-16 offsets, end exclusive. */
export interface Hit<T> {
  start: number
  end: number
  value: T
}

/**
 * Multi-pattern matching over raw text in one pass. Names are matched in the text itself, not
 * looked up among `cut` tokens: a long token hides the names inside it (山东省人民政府 hides 山东省).
 * @see https://en.wikipedia.org/wiki/Aho%E2%80%93Corasick_algorithm
 */
export class AhoCorasick<T> {
  private readonly next: Map<number, number>[] = [new Map()]
  private readonly fail: number[] = [0]
  /** Patterns ending at each state, including those reached through fail links. */
  private readonly out: { length: number; value: T }[][] = [[]]

  constructor(patterns: Iterable<[string, T]>) {
    for (const [text, value] of patterns) if (text.length > 0) this.add(text, value)
    this.link()
  }

  private add(text: string, value: T): void {
    let state = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      let to = this.next[state]!.get(c)
      if (to === undefined) {
        to = this.next.length
        this.next.push(new Map())
        this.fail.push(0)
        this.out.push([])
        this.next[state]!.set(c, to)
      }
      state = to
    }
    this.out[state]!.push({ length: text.length, value })
  }

  private link(): void {
    const queue: number[] = []
    for (const to of this.next[0]!.values()) queue.push(to)
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!
      for (const [c, to] of this.next[state]!) {
        let f = this.fail[state]!
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!
        const target = this.next[f]!.get(c)
        this.fail[to] = target !== undefined && target !== to ? target : 0
        this.out[to]!.push(...this.out[this.fail[to]!]!)
        queue.push(to)
      }
    }
  }

  /** Every occurrence, overlapping ones included, ordered by end offset. */
  findAll(text: string): Hit<T>[] {
    const hits: Hit<T>[] = []
    let state = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      let to = this.next[state]!.get(c)
      while (to === undefined && state !== 0) {
        state = this.fail[state]!
        to = this.next[state]!.get(c)
      }
      state = to ?? 0
      for (const o of this.out[state]!) hits.push({ start: i + 1 - o.length, end: i + 1, value: o.value })
    }
    return hits
  }
}
