import { createHash } from 'node:crypto'

/** An item's identity across id renames: its headline and text, which no later commit changed. */
export function digest(title: string, text: string): string {
  return createHash('sha1').update(`${title}\n${text}`).digest('hex').slice(0, 16)
}
