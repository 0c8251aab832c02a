import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import fp from 'fastify-plugin'
import { CLIENT_ROUTES as PAGE_ROUTES, isPageRequest, serverPathOf } from '@shared/nav/routes.ts'
import { PUBLIC } from '../auth/index.ts'

/**
 * Client routes answered with index.html so a reload on /wall or a kiosk link works: every route
 * of the client's router (shared/nav/routes.ts). Any other address is a 404 page in words.
 */
export const CLIENT_ROUTES = PAGE_ROUTES.map(serverPathOf)

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
    // A person who types a wrong address gets the page that says so (404, in words), not raw JSON;
    // the API and the socket keep their JSON 404 for programs.
    app.setNotFoundHandler(async (req, reply) => {
      const forPerson = isPageRequest(req.method, req.url, req.headers.accept)
      if (!forPerson) return reply.code(404).send({ statusCode: 404, code: 'FST_ERR_NOT_FOUND', error: 'Not Found', message: `Route ${req.method}:${req.url} not found` })
      reply.code(404).header('cache-control', 'no-cache')
      return reply.sendFile('index.html')
    })
    // Hashed assets never change under the same name, so browsers may keep them.
    app.get('/assets/*', PUBLIC, async (req, reply) => {
      const file = (req.params as { '*': string })['*']
      reply.header('cache-control', 'public, max-age=31536000, immutable')
      return reply.sendFile(path.posix.join('assets', file))
    })
  },
  { name: 'web', dependencies: ['auth'], fastify: '5.x' },
)
