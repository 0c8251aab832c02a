// One hand-labelled tune11 item as written in a batch file (labels by guideline v1, before the tagger ran):
// the same shape as tune4's … tune10's.
export type { Row } from '../tune4/row.ts'
