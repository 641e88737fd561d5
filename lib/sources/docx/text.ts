// The text of a block as the HTML source reads an element: a cell's paragraphs and line breaks
// become spaces (as block children do in cell-text.ts), a table's text is every cell's in order.
import type { DocxBlock, DocxTable } from './body';

export function blockText(block: DocxBlock): string {
  if (block.kind === 'table') return tableText(block);
  let out = '';
  for (const s of block.content) if (s.kind === 'text') out += s.text;
  else if (s.kind === 'break') out += ' ';
  return out;
}

export function blocksText(blocks: readonly DocxBlock[]): string {
  return blocks.map(blockText).join(' ');
}

export function tableText(table: DocxTable): string {
  return table.rows.map((row) => row.map((c) => blocksText(c.blocks)).join(' ')).join(' ');
}

export function holdsTable(table: DocxTable): boolean {
  return table.rows.some((row) => row.some((c) => c.blocks.some((b) => b.kind === 'table')));
}
