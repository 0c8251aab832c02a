/**
 * A labelling aid: lists which batch rows the earlier tune parts already hold (../eval-real/check-tune-part.ts).
 *
 *   npx tsx scripts/tune41/check.ts
 */
import { checkTunePart } from '../eval-real/check-tune-part.ts'
import { LATER_TUNE_PARTS } from '../../server/classify/eval-parts.ts'

// tune41 is not in LATER_TUNE_PARTS yet, so tunePartsBefore('tune41') would throw: every part listed so far is earlier.
await checkTunePart(import.meta.dirname, ['tune', ...LATER_TUNE_PARTS])
