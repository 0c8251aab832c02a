// One hand-labelled tune4 item as written in a batch file (labels by guideline v1, before the tagger ran):
// address, outlet, date, headline ('' when the page gave none), first paragraph, department id
// ('' when no department answers), province (null: national), city, county.
export type Row = [url: string, source: string, date: string | null, title: string, text: string,
  department: string, province: string | null, city: string | null, county: string | null]
