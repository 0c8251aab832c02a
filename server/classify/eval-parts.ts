/**
 * The real set's parts (test/fixtures/eval-real, its README): `tune` and the locked `test` from the one random split,
 * then the later tune parts in the order they were collected and labelled. One list, read by `npm run eval`, the
 * parts' builders and checks (scripts/tuneN) and the tests, so that a new part is named once.
 */
export const LATER_TUNE_PARTS: readonly string[] = [
  'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'tune7', 'tune8', 'tune9', 'tune10', 'tune11',
  'tune12', 'tune13', 'tune14', 'tune15', 'tune16', 'tune17', 'tune18', 'tune19', 'tune20',
  'tune21', 'tune22', 'tune23', 'tune24', 'tune25', 'tune26', 'tune27', 'tune28', 'tune29', 'tune30',
  'tune31', 'tune32', 'tune33', 'tune34', 'tune35', 'tune36', 'tune37', 'tune38', 'tune39',
  'tune40', 'tune41', 'tune42', 'tune43', 'tune44', 'tune45',
]

/** The tune parts collected before `part` (its builder drops their pages): `tune` and the later parts ahead of it. */
export function tunePartsBefore(part: string): string[] {
  const at = LATER_TUNE_PARTS.indexOf(part)
  if (at < 0) throw new Error(`${part} is not a later tune part of server/classify/eval-parts.ts`)
  return ['tune', ...LATER_TUNE_PARTS.slice(0, at)]
}

// Parts from tune12 on were labelled by guideline v1.2 from the start; the earlier ones by v1, with the items a later
// clarification changed marked `relabelled_by`.
const FIRST_V12 = LATER_TUNE_PARTS.indexOf('tune12')

/** The guideline version a later tune part was labelled by (each item says it as `labelled_by`). */
export const labelledByOf = (part: string): string => (LATER_TUNE_PARTS.indexOf(part) >= FIRST_V12 ? 'guideline v1.2' : 'guideline v1')
