/**
 * Builds test/fixtures/eval-real/tune4.jsonl from the hand-labelled batches b*.ts (labels written by
 * guideline v1 before the tagger ran on any item); what is dropped and why: ../eval-real/build-tune-part.ts.
 *
 *   npx tsx scripts/tune4/build.ts
 */
import { buildTunePart } from '../eval-real/build-tune-part.ts'

// corpus.jsonl holds the locked test part too: a page of it is counted here among the earlier parts
// (tune5's build counts such pages as the locked part's; see the README's tune5 section).
await buildTunePart({ batches: import.meta.dirname, part: 'tune4', prefix: 'w', earlier: ['corpus', 'tune', 'tune2', 'tune3'], locked: ['test'] })
