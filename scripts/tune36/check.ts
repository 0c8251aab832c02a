/**
 * A labelling aid: lists which batch rows the earlier tune parts already hold (../eval-real/check-tune-part.ts).
 *
 *   npx tsx scripts/tune36/check.ts
 */
import { checkTunePart } from '../eval-real/check-tune-part.ts'
import { LATER_TUNE_PARTS } from '../../server/classify/eval-parts.ts'

// tune36 is not yet in LATER_TUNE_PARTS (the lead wires it in): every part there is earlier than it.
await checkTunePart(import.meta.dirname, ['tune', ...LATER_TUNE_PARTS])
