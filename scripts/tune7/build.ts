/**
 * Builds test/fixtures/eval-real/tune7.jsonl from the hand-labelled batches b*.ts (labels written by
 * guideline v1 before the tagger ran on any item); what is dropped and why: ../eval-real/build-tune-part.ts.
 *
 *   npx tsx scripts/tune7/build.ts
 */
import { buildTunePart } from '../eval-real/build-tune-part.ts'
import { tunePartsBefore } from '../../server/classify/eval-parts.ts'

// corpus.jsonl is tune + test: its pages are checked as the two parts they went to, so that a page of the
// locked part is counted as such, as tune5's and tune6's builds do.
await buildTunePart({ batches: import.meta.dirname, part: 'tune7', prefix: 'z', earlier: tunePartsBefore('tune7'), locked: ['test', 'corpus'] })
