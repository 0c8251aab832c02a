/** server file → the other concerns' tables it may still name (eslint/table-crossings.js). */
export const TABLE_CROSSINGS: Readonly<Record<string, readonly string[]>>
