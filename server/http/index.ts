/**
 * HTTP pieces every concern's routes share: the error body schema, the error handler, CSV helpers.
 * Other concerns import from this file only (eslint.config.js: concern-boundaries).
 */
export { csvDocument, csvLine } from './csv.ts'
// The error body is a wire shape: written once in shared/api/ for the server and the client.
export { ErrorSchema } from '@shared/api/common.ts'
export { installErrorHandler } from './error-handler.ts'
