/**
 * Builds test/fixtures/eval-real/tune8.jsonl from the hand-labelled batches b*.ts (labels written by
 * guideline v1 before the tagger ran on any item); what is dropped and why: ../eval-real/build-tune-part.ts.
 * Unlike tune5 … tune6, tune8 was collected the way the first corpus was (README, "Provenance"), not aimed
 * at a family of misses, so that its figures estimate the tagger on unseen text.
 *
 *   npx tsx scripts/tune8/build.ts
 */
import { buildTunePart } from '../eval-real/build-tune-part.ts'
import { tunePartsBefore } from '../../server/classify/eval-parts.ts'

// corpus.jsonl is tune + test: its pages are checked as the two parts they went to, so that a page of the
// locked part is counted as such, as tune5's and tune6's builds do.
// Ids are p001 …: tune4 already uses w001 …, and a confusion list must name one item.
await buildTunePart({ batches: import.meta.dirname, part: 'tune8', prefix: 'p', earlier: tunePartsBefore('tune8'), locked: ['test', 'corpus'] })
