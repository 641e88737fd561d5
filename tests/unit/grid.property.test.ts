// Property tests: any table — random rowspan/colspan (0, absurd, negative, junk), ragged rows,
// nested tables — yields a grid without throwing, with every original cell placed exactly once.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildGrid, tableRows } from '../../lib/sources/html/grid';

const { document } = new JSDOM('<!doctype html><body></body>', { url: 'https://example.gov.cn/' }).window;

const spanValue = fc.oneof(
  fc.constantFrom('0', '1', '2', '3', '-1', '-5', '100000', '65535', '2147483648', 'abc', '', ' 2 ', '1.5', '1e3', '0x10'),
  fc.integer({ min: -10, max: 12 }).map(String),
);

const cellArb = fc.record({
  tag: fc.constantFrom('td', 'th'),
  rowspan: fc.option(spanValue, { nil: undefined }),
  colspan: fc.option(spanValue, { nil: undefined }),
  text: fc.string({ maxLength: 6 }),
  nested: fc.boolean(),
});

const tableArb = fc.record({
  sections: fc.array(fc.constantFrom('tbody', 'thead', 'tfoot', 'none'), { minLength: 1, maxLength: 3 }),
  rows: fc.array(fc.array(cellArb, { minLength: 0, maxLength: 7 }), { minLength: 0, maxLength: 9 }),
});

interface CellSpec {
  tag: string;
  rowspan?: string;
  colspan?: string;
  text: string;
  nested: boolean;
}

function build(spec: { sections: string[]; rows: CellSpec[][] }) {
  const table = document.createElement('table');
  const groups = spec.sections.map((s) => (s === 'none' ? table : table.appendChild(document.createElement(s))));
  const cells: Element[] = [];
  spec.rows.forEach((row, i) => {
    const tr = groups[i % groups.length]!.appendChild(document.createElement('tr'));
    for (const c of row) {
      const el = tr.appendChild(document.createElement(c.tag));
      if (c.rowspan !== undefined) el.setAttribute('rowspan', c.rowspan);
      if (c.colspan !== undefined) el.setAttribute('colspan', c.colspan);
      el.textContent = c.text;
      if (c.nested) el.innerHTML += '<table><tr><td>9</td><td>9</td></tr></table>';
      cells.push(el);
    }
  });
  return { table, cells };
}

describe('buildGrid on arbitrary tables', () => {
  it('never throws and places every original cell exactly once, at a slot it covers', () => {
    fc.assert(
      fc.property(tableArb, (spec) => {
        const { table, cells } = build(spec);
        const grid = buildGrid(table);
        // Placed once each, in document order (rows of several <tbody>s follow the document).
        const inOrder = [...cells].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
        expect(grid.cells.map((c) => c.ref)).toEqual(inOrder);
        expect(grid.height).toBe(tableRows(table).length);
        for (const c of grid.cells) {
          expect(c.rowSpan).toBeGreaterThanOrEqual(1);
          expect(c.colSpan).toBeGreaterThanOrEqual(1);
          expect(c.row + c.rowSpan).toBeLessThanOrEqual(grid.height);
          expect(grid.slots[c.row]![c.col]).toBe(c);
        }
        for (const line of grid.slots) expect(line.length).toBeLessThanOrEqual(grid.width);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a huge rowspan within the table (rowspan="100000" costs nothing)', () => {
    const table = document.createElement('table');
    table.innerHTML = '<tr><td rowspan="100000">a</td><td colspan="100000">b</td></tr><tr><td>c</td></tr>';
    const t0 = performance.now();
    const grid = buildGrid(table);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(grid.height).toBe(2);
    expect(grid.cells[0]!.rowSpan).toBe(2);
    expect(grid.slots[1]![0]!.ref.textContent).toBe('a');
  });

  it('does not read the rows of nested tables', () => {
    const table = document.createElement('table');
    table.innerHTML = '<tr><td>x<table><tr><td>1</td></tr><tr><td>2</td></tr></table></td></tr>';
    expect(buildGrid(table).height).toBe(1);
  });
});
