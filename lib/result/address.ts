// Functions over model addresses (the schema is in address-schema.ts): kept apart so the engine,
// the command line above all, runs without loading zod.
import type { SectionKey } from '../templates/types';
import type { Address, CellAddress } from './address-schema';

/** One string per address, for the sources' place indexes. */
export function lineAddress(section: SectionKey, line: number): Address {
  return { kind: 'text', section, line, start: 0, end: 0, text: '', before: '' };
}


export function addressKey(a: Address): string {
  switch (a.kind) {
    case 'cell': return `cell:${a.table}/${a.block ?? ''}/${a.row}/${a.column}`;
    case 'row': return `row:${a.table}/${a.block ?? ''}/${a.row}`;
    case 'column': return `column:${a.table}/${a.block ?? ''}/${a.row ?? ''}/${a.column}`;
    case 'extra-row': return `extra-row:${a.table}/${a.index}`;
    case 'table': return `table:${a.table}/${a.part}`;
    case 'section': return `section:${a.section}`;
    case 'image': return `image:${a.section}`;
    // The line is the place a source knows; the words in it are found by the one who draws.
    case 'text': return `line:${a.section}/${a.line}`;
    case 'date': return `date:${a.date}`;
    case 'missing-section': return `missing-section:${a.section}`;
    case 'missing-table': return `missing-table:${a.table}`;
    case 'missing-block': return `missing-block:${a.table}/${a.block}`;
    case 'missing-row': return `missing-row:${a.table}/${a.block ?? ''}/${a.row}`;
    case 'missing-column': return `missing-column:${a.table}/${a.block ?? ''}/${a.row ?? ''}/${a.column}`;
    default: return a.kind;
  }
}

export function cellAddress(c: { table: CellAddress['table']; block: string | null; row: string; column: string }): CellAddress {
  return { kind: 'cell', table: c.table, block: c.block, row: c.row, column: c.column };
}
