// A Word document shown in the viewer: its paragraphs (headings as headings), breaks, pictures
// (a placeholder: the file's images are not unpacked) and tables (merged cells as the grid the
// engine read makes them), built as plain elements with textContent only, so nothing in the file
// can run. Every paragraph, table and cell element is recorded for its reference, which is what
// the engine's places name: the marks are drawn on these elements.
import { runNow } from '../../lib/steps';
import type { DocxBlock, DocxParagraph, DocxTable } from '../../lib/sources/docx/body';
import { docxGridSteps } from '../../lib/sources/docx/grid';
import type { DocxRef } from '../../lib/sources/docx/ref';
import type { DocxDocument } from '../../lib/sources/docx/source';

export interface ShownDocx {
  root: HTMLElement;
  element(ref: DocxRef): Element | undefined;
}

export function renderDocx(doc: DocxDocument, owner: Document, pictureLabel: string): ShownDocx {
  const elements = new Map<DocxRef, Element>();
  const root = owner.createElement('article');
  root.className = 'docx';

  const paragraph = (p: DocxParagraph): HTMLElement => {
    const el = owner.createElement(p.heading !== null && p.heading <= 3 ? `h${p.heading + 1}` : 'p');
    for (const s of p.content) {
      if (s.kind === 'text') el.append(s.text);
      else if (s.kind === 'break') el.append(owner.createElement('br'));
      else {
        const img = owner.createElement('span');
        img.className = 'docx-picture';
        img.textContent = pictureLabel;
        elements.set(s.ref, img);
        el.append(img);
      }
    }
    elements.set(p.ref, el);
    return el;
  };

  const table = (t: DocxTable): HTMLElement => {
    const grid = runNow(docxGridSteps(t));
    const placed = new Map(grid.cells.map((c) => [c.ref, c]));
    const el = owner.createElement('table');
    const body = owner.createElement('tbody');
    for (const row of t.rows) {
      const tr = owner.createElement('tr');
      for (const tc of row) {
        const cell = placed.get(tc.ref);
        // A continuing cell of a vertical merge is the cell above, grown down.
        if (!cell) continue;
        const td = owner.createElement('td');
        if (cell.colSpan > 1) td.colSpan = cell.colSpan;
        if (cell.rowSpan > 1) td.rowSpan = cell.rowSpan;
        for (const b of tc.blocks) td.append(block(b));
        elements.set(tc.ref, td);
        tr.append(td);
      }
      body.append(tr);
    }
    el.append(body);
    elements.set(t.ref, el);
    return el;
  };

  const block = (b: DocxBlock): HTMLElement => (b.kind === 'paragraph' ? paragraph(b) : table(b));

  for (const b of doc.body.blocks) root.append(block(b));
  return { root, element: (ref) => elements.get(ref) };
}
