// The readable export's excerpt of each finding on a PDF: the rows of the table it names, with the
// column headings and its cells marked by role, as on a page (auditor/snippets.ts), built from the
// grids the engine read off the PDF (its cells' text; a PDF has no cell elements to copy).
import { INVOLVED_ATTR } from '../../lib/export/html';
import type { CellRole } from '../../lib/rule-kit/types';
import type { FindingLocation } from '../../lib/sources/html/page-audit';
import type { PdfRef } from '../../lib/sources/pdf/types';
import type { Grid, GridCell } from '../../lib/sources/types';
import { gridSnippet } from '../auditor/snippets';

export interface PdfCellAt {
  grid: Grid<PdfRef>;
  cell: GridCell<PdfRef>;
}

/** `at`: the drawn box of each cell of the PDF's statistical tables → its grid and cell. */
export function pdfSnippets(ids: readonly string[], locations: ReadonlyMap<string, FindingLocation>, at: ReadonlyMap<Element, PdfCellAt>, owner: Document): Record<string, string> {
  const inert = owner.implementation.createHTMLDocument('');
  const copy = (cell: GridCell<PdfRef>, rowSpan: number, role: CellRole | undefined): Element => {
    const td = inert.createElement('td');
    td.textContent = cell.text;
    if (cell.colSpan > 1) td.setAttribute('colspan', String(cell.colSpan));
    if (rowSpan > 1) td.setAttribute('rowspan', String(rowSpan));
    if (role) td.setAttribute(INVOLVED_ATTR, role);
    return td;
  };
  const out: Record<string, string> = {};
  for (const id of ids) {
    const byGrid = new Map<Grid<PdfRef>, Map<PdfRef, CellRole>>();
    for (const c of locations.get(id)?.cells ?? []) {
      const found = at.get(c.el);
      if (!found) continue;
      const roles = byGrid.get(found.grid) ?? new Map<PdfRef, CellRole>();
      roles.set(found.cell.ref, c.role);
      byGrid.set(found.grid, roles);
    }
    if (byGrid.size > 0) out[id] = [...byGrid].map(([grid, roles]) => gridSnippet(grid, roles, inert, copy)).join('');
  }
  return out;
}
