/**
 * Builds test/fixtures/eval-real/tune42.jsonl from the hand-labelled batches b*.ts (labels written by
 * guideline v1.2 before the tagger ran on any item); what is dropped and why: ../eval-real/build-tune-part.ts.
 * The part is scored once, by the lead, as an unseen measurement: nothing here tags.
 *
 *   npx tsx scripts/tune42/build.ts
 */
import { buildTunePart } from '../eval-real/build-tune-part.ts'
import { tunePartsBefore } from '../../server/classify/eval-parts.ts'

// corpus.jsonl is tune + test: its pages are checked as the two parts they went to, so that a page of the
// locked part is counted as such.
await buildTunePart({ batches: import.meta.dirname, part: 'tune42', prefix: 'aq', earlier: tunePartsBefore('tune42'), locked: ['test', 'corpus'], labelledBy: 'guideline v1.2' })
