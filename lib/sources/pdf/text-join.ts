// Joining pieces of text that a PDF lays out apart: glyph runs on one line, and lines wrapped by
// the page's width.

const WORD_CHAR = /[A-Za-z0-9.,;:%)\]]/;

/** Joins two runs of one line; `gap`: the page shows space between them. A gap is a word space
 *  between Latin words or numbers; between Chinese and anything it is the layout's spacing. */
export function joinRuns(left: string, right: string, gap: boolean): string {
  if (!gap || left === '' || right === '' || /\s$/.test(left) || /^\s/.test(right)) return left + right;
  return WORD_CHAR.test(left[left.length - 1]!) && /[A-Za-z0-9(（[]/.test(right[0]!) ? `${left} ${right}` : left + right;
}

/** Joins a line wrapped by the page's width to its next line: Chinese runs on, Latin words keep a space. */
export function joinWrapped(left: string, right: string): string {
  const a = left[left.length - 1] ?? '';
  const b = right[0] ?? '';
  return /[A-Za-z0-9,.;:]/.test(a) && /[A-Za-z0-9]/.test(b) ? `${left} ${right}` : left + right;
}

/** Joins the lines of a table cell: as wrapped text, but a number the cell's width broke over
 *  lines (「34」 over 「1」 in a narrow total column) is one number again. */
export function joinCellLines(left: string, right: string): string {
  return /[0-9０-９.．,，]$/.test(left) && /^[0-9０-９]/.test(right) ? left + right : joinWrapped(left, right);
}
