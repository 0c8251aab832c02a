/**
 * A labelling aid: lists which batch rows the earlier tune parts already hold (../eval-real/check-tune-part.ts).
 *
 *   npx tsx scripts/tune38/check.ts
 */
import { checkTunePart } from '../eval-real/check-tune-part.ts'
import { LATER_TUNE_PARTS } from '../../server/classify/eval-parts.ts'

// tune38 is not in LATER_TUNE_PARTS yet (the lead wires it in after scoring it once): every later part listed is earlier.
await checkTunePart(import.meta.dirname, ['tune', ...LATER_TUNE_PARTS])
