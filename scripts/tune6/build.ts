/**
 * Builds test/fixtures/eval-real/tune6.jsonl from the hand-labelled batches b*.ts (labels written by
 * guideline v1 before the tagger ran on any item); what is dropped and why: ../eval-real/build-tune-part.ts.
 *
 *   npx tsx scripts/tune6/build.ts
 */
import { buildTunePart } from '../eval-real/build-tune-part.ts'
import { tunePartsBefore } from '../../server/classify/eval-parts.ts'

// corpus.jsonl is tune + test: its pages are checked as the two parts they went to, so that a page of the
// locked part is counted as such, as tune5's build does.
await buildTunePart({ batches: import.meta.dirname, part: 'tune6', prefix: 'y', earlier: tunePartsBefore('tune6'), locked: ['test', 'corpus'] })
