/**
 * A labelling aid: lists which batch rows the earlier tune parts already hold (../eval-real/check-tune-part.ts).
 *
 *   npx tsx scripts/tune42/check.ts
 */
import { checkTunePart } from '../eval-real/check-tune-part.ts'
import { tunePartsBefore } from '../../server/classify/eval-parts.ts'

await checkTunePart(import.meta.dirname, tunePartsBefore('tune42'))
