// What the PDF source reads off a PDF's pages: glyph runs with their boxes and the ruling lines of
// tables, in PDF units (points, y upwards from the page's bottom edge), pages numbered from 1.

/** Where a thing stands in the PDF: enough to draw a mark on the rendered page. */
export interface PdfRef {
  page: number;
  /** Left and bottom edges, width and height, in PDF units. */
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A run of glyphs as the text layer gives it. `y` is the baseline. */
export interface Run {
  text: string;
  x: number;
  y: number;
  w: number;
  /** The font size (the glyphs' height). */
  size: number;
}

/** A ruling line: horizontal (`y` fixed, from `a` to `b` in x) or vertical (`x` fixed, `a` to `b` in y). */
export interface Rule {
  dir: 'h' | 'v';
  /** Where it stands across its direction: y of a horizontal line, x of a vertical one. */
  at: number;
  a: number;
  b: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  /** The right edge of what the page shows: the edge of the clip its producer set around the
   *  page's content (Chromium clips at its margin), the page's width when there is none. */
  clipRight: number;
  runs: Run[];
  rules: Rule[];
  /** Where images are painted on the page (a scan's page is one; a table may be one). */
  images: Box[];
}

export interface PdfInfo {
  title: string;
  /** ISO dates of the file's own stamps, when it has them. */
  created: string | null;
  modified: string | null;
  producer: string;
}
