/**
 * A labelling aid: lists which batch rows the earlier tune parts already hold (../eval-real/check-tune-part.ts).
 *
 *   npx tsx scripts/tune44/check.ts
 */
import { checkTunePart } from '../eval-real/check-tune-part.ts'
import { LATER_TUNE_PARTS } from '../../server/classify/eval-parts.ts'

// tune44 is not in LATER_TUNE_PARTS yet (tunePartsBefore('tune44') would throw): every part so far is earlier.
await checkTunePart(import.meta.dirname, ['tune', ...LATER_TUNE_PARTS])
