import path from 'node:path'

const SRC = path.resolve(import.meta.dirname, '..', 'client', 'src')

/**
 * The client is laid out by page (docs/architecture.md, "client layout"): a file in
 * client/src/features/<page>/ imports its own folder, client/src/shared/, the message table
 * (client/src/i18n/) and another feature only through that feature's index.ts. client/src/shared/
 * serves every page and so imports no feature. This keeps a page's pieces in one folder instead of
 * the views/ + composables/ + components/ split in which triage's files imported each other in a cycle.
 */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'client features import each other only through index.ts; shared/ imports no feature' },
    messages: {
      deep: "'{{spec}}' reaches into the {{target}} feature: import from '{{index}}' (export it there, or move it to client/src/shared/ if every page needs it).",
      upward: "'{{spec}}': client/src/shared/ serves every page and imports no feature (move the piece into shared/, or pass it in).",
      shell: "'{{spec}}': a feature imports its own folder, client/src/shared/, client/src/i18n/ or another feature's index.ts, not the app shell.",
    },
    schema: [],
  },
  create(context) {
    const file = path.resolve(context.filename)
    const rel = path.relative(SRC, file)
    if (rel.startsWith('..') || path.isAbsolute(rel)) return {}
    const own = rel.split(path.sep)
    const inFeature = own[0] === 'features' && own.length > 2
    const inShared = own[0] === 'shared'
    if (!inFeature && !inShared) return {}
    const check = (node, source) => {
      const spec = source?.value
      if (typeof spec !== 'string' || !spec.startsWith('.')) return
      const target = path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep)
      if (target[0] === '..') return
      if (inShared) {
        if (target[0] === 'features') context.report({ node: source, messageId: 'upward', data: { spec } })
        return
      }
      if (target[0] === 'shared' || target[0] === 'i18n') return
      if (target[0] !== 'features') return context.report({ node: source, messageId: 'shell', data: { spec } })
      if (target[1] === own[1]) return
      if (target.length === 3 && target[2] === 'index.ts') return
      const index = path.relative(path.dirname(file), path.join(SRC, 'features', target[1] ?? '', 'index.ts')).split(path.sep).join('/')
      context.report({ node: source, messageId: 'deep', data: { spec, target: target[1] ?? '', index } })
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    }
  },
}
