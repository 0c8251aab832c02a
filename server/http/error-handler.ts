import type { FastifyError, FastifyInstance } from 'fastify'
import { ErrorCode, YqError } from '@shared/errors.ts'

/**
 * One error handler for every route. Errors the product expects (a YqError of any status — a feed
 * that answered 502 is explained, not hidden — and Fastify's 4xx) keep their code and message;
 * anything else is a bug or an outage, so the client gets a code and no internal text (paths,
 * SQL, stack) while the log keeps the whole error.
 */
export function installErrorHandler(app: FastifyInstance): void {
  const expected = app.errorHandler
  app.setErrorHandler(function (err: FastifyError, req, reply) {
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 ? err.statusCode : 500
    if (status < 500 || err instanceof YqError) return expected.call(this, err, req, reply)
    req.log.error({ err, url: req.url, method: req.method }, 'internal error')
    return reply.code(status).send({ statusCode: status, code: ErrorCode.INTERNAL, error: 'Internal Server Error', message: 'internal error' })
  })
}
