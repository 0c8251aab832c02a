import path from 'node:path'
import { SERVER, concernPath } from './server-concern.js'

/**
 * A file in server/<concern>/ may import another concern only through its public module,
 * server/<other>/index.ts: a deep import ties a concern to another's internals (its tables, its
 * helpers), which is how triage and review came to depend on case-write.ts. The composition roots
 * (server/*.ts: app, main, migrations) and the CLIs (server/cli/) build the whole and are exempt;
 * server/*.ts modules (config, paths) are not a concern and may be imported from anywhere.
 */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'another concern is imported only through its index.ts' },
    messages: {
      deep: "'{{spec}}' reaches into the {{target}} concern: import from '{{index}}' (export it there if it is part of {{target}}'s service).",
      plugin: "index.ts offers the concern's service, not its plugin: re-exporting the default of '{{spec}}' loads the plugin (routes, workers, pollers) into every importer (the user CLI among them). Export its option types only (export type); server/app.ts imports plugin.ts itself.",
    },
    schema: [],
  },
  create(context) {
    const file = path.resolve(context.filename)
    const own = concernPath(file)
    if (!own) return {}
    // A value re-export of the plugin from index.ts made the user CLI load cases', notify's and
    // ingest's plugins (seconds at every start) to check that a unit exists.
    const isIndex = own.length === 2 && own[1] === 'index.ts'
    const checkPlugin = (node, source) => {
      const spec = source?.value
      if (!isIndex || typeof spec !== 'string' || !spec.startsWith('.') || path.basename(spec) !== 'plugin.ts') return
      if (node.importKind === 'type' || node.exportKind === 'type') return
      // The plugin is plugin.ts's default export; a named function beside it (db's openDatabase) may be offered.
      const named = (s) => (s.type === 'ImportDefaultSpecifier' ? 'default' : s.type === 'ImportSpecifier' ? s.imported.name : s.local.name)
      const plugin = (node.specifiers ?? []).some((s) => s.importKind !== 'type' && s.exportKind !== 'type' && named(s) === 'default')
      if (plugin) context.report({ node: source, messageId: 'plugin', data: { spec } })
    }
    const check = (node, source) => {
      checkPlugin(node, source)
      const spec = source?.value
      if (typeof spec !== 'string' || !spec.startsWith('.')) return
      const target = path.relative(SERVER, path.resolve(path.dirname(file), spec)).split(path.sep)
      if (target[0] === '..' || target.length < 2 || target[0] === own[0]) return
      if (target.length === 2 && target[1] === 'index.ts') return
      const index = path.relative(path.dirname(file), path.join(SERVER, target[0], 'index.ts')).split(path.sep).join('/')
      context.report({ node: source, messageId: 'deep', data: { spec, target: target[0], index } })
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    }
  },
}
