/** A piece of text, marked when it is one of the terms the tagging matched. */
export interface Segment {
  text: string
  mark: boolean
}

const MAX_TERMS = 40

/**
 * Splits text at every occurrence of any term (longest first, so 供水管道 wins over 供水). The
 * result is plain strings for Vue to render as text nodes and <mark>s: feed text never becomes HTML.
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const words = [...new Set(terms.map((w) => w.trim()).filter((w) => w.length > 0))].sort((a, b) => b.length - a.length).slice(0, MAX_TERMS)
  if (words.length === 0 || !text) return text ? [{ text, mark: false }] : []
  const out: Segment[] = []
  let plain = ''
  let i = 0
  while (i < text.length) {
    const hit = words.find((w) => text.startsWith(w, i))
    if (hit) {
      if (plain) out.push({ text: plain, mark: false })
      plain = ''
      out.push({ text: hit, mark: true })
      i += hit.length
    } else {
      plain += text[i]
      i += 1
    }
  }
  if (plain) out.push({ text: plain, mark: false })
  return out
}
