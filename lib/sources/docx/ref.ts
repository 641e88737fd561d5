// Where a thing stands in a Word document: what the docx viewer shows and marks. Paragraphs,
// tables and pictures are numbered in document order (nested ones included); a cell by its table,
// its row and the grid column it starts at.
export type DocxRef =
  | { kind: 'paragraph'; index: number }
  | { kind: 'table'; index: number }
  | { kind: 'cell'; table: number; row: number; col: number }
  | { kind: 'image'; index: number };
