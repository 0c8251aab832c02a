/**
 * One CSV cell. Quoted when it holds a separator, and a leading = + - @ (or tab / CR) is
 * neutralised with an apostrophe so a hostile case title cannot run as a spreadsheet formula.
 */
export function csvCell(value: string | number): string {
  let s = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function csvLine(cells: readonly (string | number)[]): string {
  return cells.map(csvCell).join(',')
}

/** UTF-8 with a BOM and CRLF lines, so Excel opens the Chinese text correctly. */
export function csvDocument(lines: readonly string[]): string {
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
