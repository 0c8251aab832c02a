/**
 * A labelling aid: lists which batch rows the earlier tune parts already hold (../eval-real/check-tune-part.ts).
 * tune45 is not in LATER_TUNE_PARTS yet (the lead adds it), so the earlier parts are the whole list.
 *
 *   npx tsx scripts/tune45/check.ts
 */
import { checkTunePart } from '../eval-real/check-tune-part.ts'
import { LATER_TUNE_PARTS } from '../../server/classify/eval-parts.ts'

await checkTunePart(import.meta.dirname, ['tune', ...LATER_TUNE_PARTS])
