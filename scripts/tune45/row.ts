// One hand-labelled tune45 item as written in a batch file (labels by guideline v1.2, before the tagger ran):
// the same shape as tune4's … tune39's.
export type { Row } from '../tune4/row.ts'
