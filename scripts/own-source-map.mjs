// Plain JavaScript, like build-if-stale.mjs which calls it: `npm start` needs no TypeScript loader.
import fs from 'node:fs'

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]))

/** One segment's fields (Source Map v3 base64 VLQ): relative values, as written. */
function decodeSegment(text) {
  const fields = []
  let value = 0
  let shift = 0
  for (const c of text) {
    const digit = DIGIT.get(c)
    value += (digit & 31) << shift
    if (digit & 32) {
      shift += 5
      continue
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1)
    value = 0
    shift = 0
  }
  return fields
}

function encodeSegment(fields) {
  let out = ''
  for (const field of fields) {
    let value = field < 0 ? (-field << 1) | 1 : field << 1
    do {
      let digit = value & 31
      value >>>= 5
      if (value > 0) digit |= 32
      out += BASE64[digit]
    } while (value > 0)
  }
  return out
}

/**
 * Keeps the project's own code in a bundle's source map and drops what maps into node_modules.
 *
 * With --enable-source-maps (npm start) Node holds every mapping of a loaded bundle as an array of
 * its own, and the source text of every module: for the server bundle (650,000 mappings, of which
 * 76,000 in server/ and shared/, and 7.5 MB of sources) that was 75 MB of the main thread's heap,
 * about a fifth of the idle server. A frame in our code still reads server/….ts:line:column; a
 * frame in a dependency reads dist/server/main.mjs:line:column, whose code is bundled unminified
 * under a `// node_modules/<package>/<file>` comment. Where a dependency's code starts, one
 * mapping without a source is kept, so that its frames are not given the nearest own line before it.
 */
export function keepOwnMappings(mapFile) {
  const map = JSON.parse(fs.readFileSync(mapFile, 'utf8'))
  const own = map.sources.map((source) => !source.split(/[\\/]/).includes('node_modules'))
  // Absolute values of the fields that run across lines (source, line, column, name), read and written.
  const read = [0, 0, 0, 0]
  const written = [0, 0, 0, 0]
  // Whether the last mapping written has a source: only then does a dependency's code need an unmapped one.
  let lastWrittenMapped = false
  const lines = map.mappings.split(';').map((line) => {
    let column = 0
    let writtenColumn = 0
    const kept = []
    for (const text of line.split(',')) {
      if (!text) continue
      const fields = decodeSegment(text)
      column += fields[0]
      for (let i = 1; i < fields.length; i++) read[i - 1] += fields[i]
      const isOwn = fields.length > 1 && own[read[0]]
      if (isOwn) {
        const out = [column - writtenColumn]
        for (let i = 1; i < fields.length; i++) {
          out.push(read[i - 1] - written[i - 1])
          written[i - 1] = read[i - 1]
        }
        kept.push(encodeSegment(out))
        writtenColumn = column
        lastWrittenMapped = true
      } else if (lastWrittenMapped) {
        // Unmapped from here: a dependency's frames show the bundle's own line and column.
        kept.push(encodeSegment([column - writtenColumn]))
        writtenColumn = column
        lastWrittenMapped = false
      }
    }
    return kept.join(',')
  })
  map.mappings = lines.join(';')
  delete map.sourcesContent
  fs.writeFileSync(mapFile, JSON.stringify(map))
}
