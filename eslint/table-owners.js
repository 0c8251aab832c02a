import fs from 'node:fs'
import path from 'node:path'
import { SERVER, concernPath } from './server-concern.js'
import { TABLE_CROSSINGS } from './table-crossings.js'

/** The Kysely calls that name a table as their first argument. */
const NAMING = new Set(['selectFrom', 'innerJoin', 'leftJoin', 'rightJoin', 'fullJoin', 'insertInto', 'replaceInto', 'updateTable', 'deleteFrom', 'mergeInto'])

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []))
}

/**
 * table → owning concern, read from where each concern declares its tables: the members of
 * `interface Database { … }` in server/<concern>/ (db/schema.ts itself, and every
 * `declare module '../db/schema.ts'` block elsewhere). Comments are dropped first: db/schema.ts
 * shows the pattern in one.
 */
export function tableOwners() {
  const owners = new Map()
  for (const file of walk(SERVER)) {
    const concern = concernPath(file)?.[0]
    if (!concern) continue
    const text = fs.readFileSync(file, 'utf8')
    if (!text.includes('interface Database')) continue
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')
    for (const block of code.matchAll(/interface Database\s*\{([^}]*)\}/g)) {
      for (const m of block[1].matchAll(/^\s*([a-z_][a-z0-9_]*)\s*:/gim)) owners.set(m[1], concern)
    }
  }
  return owners
}

let cached = null

/**
 * A file in server/<concern>/ names only its own concern's tables in a Kysely query: another
 * concern's rows are read through what that concern's index.ts offers (a read function, or a
 * query fragment when the read must stay a join). The crossings not yet closed are listed in
 * eslint/table-crossings.js, per file and table; test/unit/server/table-owners.test.ts keeps that
 * list exact, so it only shrinks. Raw `sql` templates are read too: a table named after FROM, JOIN,
 * INTO, UPDATE or TABLE in their text counts as a crossing the same way, except in server/db/dialect/:
 * that is where each engine's SQL for every concern's tables lives (triggers, full-text search),
 * so the rest of the code stays engine-neutral (issue #17).
 */
export default {
  meta: {
    type: 'problem',
    docs: { description: "a concern's queries name only its own tables" },
    messages: {
      foreign: "'{{table}}' belongs to the {{owner}} concern: read it through what server/{{owner}}/index.ts offers (add a read function or a query fragment there).",
    },
    schema: [{ type: 'object', properties: { allow: { type: 'object' } }, additionalProperties: false }],
  },
  create(context) {
    const own = concernPath(context.filename)
    if (!own) return {}
    cached ??= tableOwners()
    const allowed = new Set((context.options[0]?.allow ?? TABLE_CROSSINGS)[`server/${own.join('/')}`] ?? [])
    const report = (node, table) => {
      const owner = cached.get(table)
      if (owner === undefined || owner === own[0] || allowed.has(table)) return
      context.report({ node, messageId: 'foreign', data: { table, owner } })
    }
    const check = (node) => {
      const value = node.type === 'Literal' ? node.value : node.type === 'TemplateLiteral' && node.expressions.length === 0 ? node.quasis[0].value.cooked : null
      if (typeof value === 'string') report(node, value.trim().split(/\s+/)[0])
    }
    return {
      TaggedTemplateExpression(node) {
        if (node.tag.type !== 'Identifier' || node.tag.name !== 'sql' || (own[0] === 'db' && own[1] === 'dialect')) return
        for (const q of node.quasi.quasis) for (const m of q.value.cooked.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+([a-z_][a-z0-9_]*)/gi)) report(q, m[1])
      },
      CallExpression(node) {
        const callee = node.callee
        if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || !NAMING.has(callee.property.name)) return
        const first = node.arguments[0]
        if (!first) return
        if (first.type === 'ArrayExpression') first.elements.forEach((e) => e && check(e))
        else check(first)
      },
    }
  },
}
