import type { FastifyError, FastifyInstance } from 'fastify'
import { ErrorCode, YqError } from '@shared/errors.ts'
import { isUnrepresentableValue } from '../db/index.ts'

/**
 * One error handler for every route. Errors the product expects (a YqError of any status — a feed
 * that answered 502 is explained, not hidden — and Fastify's 4xx) keep their code and message;
 * anything else is a bug or an outage, so the client gets the code YQ_ERR_INTERNAL and no message
 * at all (no paths, SQL or stack to leak) while the log keeps the whole error, stack included.
 */
export function installErrorHandler(app: FastifyInstance): void {
  const expected = app.errorHandler
  app.setErrorHandler(function (err: FastifyError, req, reply) {
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 ? err.statusCode : 500
    if (status < 500 || err instanceof YqError) return expected.call(this, err, req, reply)
    // An id the store cannot even hold names nothing: the client's value, not a server fault.
    if (isUnrepresentableValue(err)) {
      return expected.call(this, new YqError(ErrorCode.VALUE_OUT_OF_RANGE, 'a number in the request is beyond what the store holds: there is no such record'), req, reply)
    }
    req.log.error({ err, url: req.url, method: req.method }, 'internal error')
    return reply.code(status).send({ statusCode: status, code: ErrorCode.INTERNAL, error: 'Internal Server Error' })
  })
}
