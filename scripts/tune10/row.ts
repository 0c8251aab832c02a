// One hand-labelled tune10 item as written in a batch file (labels by guideline v1, before the tagger ran):
// the same shape as tune4's and tune5's.
export type { Row } from '../tune4/row.ts'
