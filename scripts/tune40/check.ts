/**
 * A labelling aid: lists which batch rows the earlier tune parts already hold (../eval-real/check-tune-part.ts).
 *
 *   npx tsx scripts/tune40/check.ts
 */
import { checkTunePart } from '../eval-real/check-tune-part.ts'
import { LATER_TUNE_PARTS } from '../../server/classify/eval-parts.ts'

// tune40 is not in LATER_TUNE_PARTS yet, so tunePartsBefore('tune40') would throw: the earlier parts are all of them.
await checkTunePart(import.meta.dirname, ['tune', ...LATER_TUNE_PARTS])
