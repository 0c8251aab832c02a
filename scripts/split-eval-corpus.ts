/**
 * Splits the real evaluation corpus ONCE into a tune part and a locked test part.
 *
 *   npx tsx scripts/split-eval-corpus.ts [--seed N] [--dir test/fixtures/eval-real]
 *
 * Reads <dir>/corpus.jsonl, shuffles the items with a seeded PRNG (mulberry32, Fisher–Yates)
 * and writes the first half (rounded up) to <dir>/tune.jsonl and the rest to <dir>/test.jsonl,
 * each in corpus order. The split was made once with the default seed (recorded in the folder's
 * README); re-running it with the same seed on the same corpus reproduces the same files, which
 * is how the split can be checked. Do not re-split with another seed to move items between parts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SPLIT_SEED = 20261201;

/** mulberry32: a small, well-known 32-bit seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits `lines` into [tune, test]; tune gets ceil(n/2). Both keep the input order. */
export function splitLines(lines: readonly string[], seed: number): [string[], string[]] {
  const order = lines.map((_, i) => i);
  const rand = mulberry32(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const tmp = order[i] as number;
    order[i] = order[j] as number;
    order[j] = tmp;
  }
  const half = Math.ceil(lines.length / 2);
  const tuneIdx = new Set(order.slice(0, half));
  const tune: string[] = [];
  const test: string[] = [];
  lines.forEach((line, i) => (tuneIdx.has(i) ? tune : test).push(line));
  return [tune, test];
}

function main(argv: string[]): void {
  let seed = SPLIT_SEED;
  let dir = 'test/fixtures/eval-real';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') seed = Number(argv[++i]);
    else if (a === '--dir') dir = String(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const lines = readFileSync(join(dir, 'corpus.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const [tune, test] = splitLines(lines, seed);
  writeFileSync(join(dir, 'tune.jsonl'), tune.join('\n') + '\n');
  writeFileSync(join(dir, 'test.jsonl'), test.join('\n') + '\n');
  process.stdout.write(`seed ${seed}: ${lines.length} items -> tune ${tune.length}, test ${test.length}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
