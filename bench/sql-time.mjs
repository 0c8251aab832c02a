// SQL time by statement text, for profiling the store (docs/performance.md): a preload that wraps
// better-sqlite3's run/all/get and prints, at exit, the time and count of each text (IN lists
// folded), largest first, on stderr. Wall time of each call, so compare runs made back to back.
//   node --import tsx --import ./bench/sql-time.mjs bench/poll.ts
import { createRequire } from 'node:module'
import process from 'node:process'
import console from 'node:console'

const require = createRequire(`${process.cwd()}/package.json`)
const Sqlite = require('better-sqlite3')
const stats = new Map()
const keyOf = (source) => source.replace(/\(\s*\?(\s*,\s*\?)*\s*\)/g, '(?…)').replace(/(\(\?…\)\s*,\s*)+\(\?…\)/g, '(?…)…').slice(0, 110)
let wrapped = false
const prepare = Sqlite.prototype.prepare
Sqlite.prototype.prepare = function (source) {
  const statement = prepare.call(this, source)
  if (!wrapped) {
    wrapped = true
    const proto = Object.getPrototypeOf(statement)
    for (const method of ['run', 'all', 'get']) {
      const call = proto[method]
      proto[method] = function (...args) {
        const start = process.hrtime.bigint()
        try {
          return call.apply(this, args)
        } finally {
          const key = keyOf(this.source)
          const s = stats.get(key) ?? { n: 0, ns: 0n }
          s.n++
          s.ns += process.hrtime.bigint() - start
          stats.set(key, s)
        }
      }
    }
  }
  return statement
}
process.on('exit', () => {
  let total = 0n
  for (const s of stats.values()) total += s.ns
  console.error(`SQL total ${total / 1_000_000n} ms`)
  for (const [key, s] of [...stats].sort((a, b) => Number(b[1].ns - a[1].ns)).slice(0, 18)) {
    console.error(`${String(s.ns / 1_000_000n).padStart(6)} ms ${String(s.n).padStart(6)} ${(Number((s.ns * 1000n) / (total || 1n)) / 10).toFixed(1).padStart(5)} %  ${key}`)
  }
})
