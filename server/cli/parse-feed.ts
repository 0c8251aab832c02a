import fs from 'node:fs/promises'
import { YqError } from '@shared/errors.ts'
import { parseFeedBytes } from '../ingest/parse-feed.ts'

/**
 * `npm run -s parse-feed -- FILE...`: reads feed files as the poller reads fetched bytes (same
 * charset detection, parsing and normalisation) and prints one JSON line per file, in order.
 * Exit status 1 when any file is not a feed. @see docs/design.md §3
 */
async function describeFile(file: string): Promise<{ line: object; ok: boolean }> {
  try {
    const bytes = await fs.readFile(file)
    const feed = await parseFeedBytes(bytes)
    const items = feed.items.map(({ guid, title, link, published, summary }) => ({ guid, title, link, published, summary }))
    return { line: { file, encoding: feed.encoding, title: feed.title, link: feed.link, items }, ok: true }
  } catch (err) {
    const reason = err instanceof YqError ? err.message : err instanceof Error ? err.message : String(err)
    return { line: { file, error: reason.split('\n')[0] }, ok: false }
  }
}

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('usage: npm run -s parse-feed -- FILE...\n')
    return 2
  }
  let status = 0
  for (const file of files) {
    const { line, ok } = await describeFile(file)
    process.stdout.write(`${JSON.stringify(line)}\n`)
    if (!ok) status = 1
  }
  return status
}

process.exitCode = await main(process.argv.slice(2))
