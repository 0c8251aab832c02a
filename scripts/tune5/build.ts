/**
 * Builds test/fixtures/eval-real/tune5.jsonl from the hand-labelled batches b*.ts (labels written by
 * guideline v1 before the tagger ran on any item); what is dropped and why: ../eval-real/build-tune-part.ts.
 *
 *   npx tsx scripts/tune5/build.ts
 */
import { buildTunePart } from '../eval-real/build-tune-part.ts'
import { tunePartsBefore } from '../../server/classify/eval-parts.ts'

// corpus.jsonl is tune + test: its pages are checked as the two parts they went to, so that a page of the
// locked part is counted as such (tune4's build counted those among the earlier parts).
await buildTunePart({ batches: import.meta.dirname, part: 'tune5', prefix: 'x', earlier: tunePartsBefore('tune5'), locked: ['test', 'corpus'] })
