/**
 * A labelling aid: lists which batch rows the earlier tune parts already hold (../eval-real/check-tune-part.ts).
 *
 *   npx tsx scripts/tune42/check.ts
 */
import { checkTunePart } from '../eval-real/check-tune-part.ts'
import { LATER_TUNE_PARTS } from '../../server/classify/eval-parts.ts'

// tune42 is not in LATER_TUNE_PARTS yet (the lead wires it in), so the earlier parts are the whole list.
await checkTunePart(import.meta.dirname, ['tune', ...LATER_TUNE_PARTS])
