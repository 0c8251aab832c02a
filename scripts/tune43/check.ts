/**
 * A labelling aid: lists which batch rows the earlier tune parts already hold (../eval-real/check-tune-part.ts).
 * tune43 is not in LATER_TUNE_PARTS yet, so the earlier parts are written out here.
 *
 *   npx tsx scripts/tune43/check.ts
 */
import { checkTunePart } from '../eval-real/check-tune-part.ts'
import { LATER_TUNE_PARTS } from '../../server/classify/eval-parts.ts'

await checkTunePart(import.meta.dirname, ['tune', ...LATER_TUNE_PARTS])
