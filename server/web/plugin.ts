import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import fp from 'fastify-plugin'
import { PUBLIC } from '../auth/access.ts'

/** Client routes answered with index.html so a reload on /wall or a kiosk link works. */
export const CLIENT_ROUTES = ['/', '/wall', '/triage', '/review', '/cases', '/cases/:id', '/admin/*', '/me/*', '/login']

/** The build id is the hash of the built index.html: a new build, a new id, walls reload. */
export function readBuildId(clientDir: string): string {
  try {
    const html = fs.readFileSync(path.join(clientDir, 'index.html'))
    return createHash('sha256').update(html).digest('hex').slice(0, 12)
  } catch {
    return 'no-client-build'
  }
}

export default fp(
  async (app, opts: { clientDir: string }) => {
    const hasClient = fs.existsSync(path.join(opts.clientDir, 'index.html'))
    app.decorate('buildId', readBuildId(opts.clientDir))
    if (!hasClient) {
      app.get('/', PUBLIC, async (_req, reply) =>
        reply.type('text/plain; charset=utf-8').send('客户端尚未构建：请运行 npm start（会自动构建）或 npm run build。'),
      )
      return
    }
    await app.register(fastifyStatic, { root: opts.clientDir, wildcard: false, index: false })
    const serveIndex = async (_req: unknown, reply: { header: (k: string, v: string) => unknown; sendFile: (f: string) => unknown }) => {
      reply.header('cache-control', 'no-cache')
      return reply.sendFile('index.html')
    }
    for (const route of CLIENT_ROUTES) app.get(route, PUBLIC, serveIndex as never)
    // Hashed assets never change under the same name, so browsers may keep them.
    app.get('/assets/*', PUBLIC, async (req, reply) => {
      const file = (req.params as { '*': string })['*']
      reply.header('cache-control', 'public, max-age=31536000, immutable')
      return reply.sendFile(path.posix.join('assets', file))
    })
  },
  { name: 'web', fastify: '5.x' },
)
