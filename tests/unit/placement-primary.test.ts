// placeFinding's primary (lib/placement.ts): the one cell a finding's badge goes to, per kind of
// rule, decided from the finding alone; and on real fixture pages, resolved to an element of it.
import { describe, expect, it } from 'vitest';
import { placeFinding } from '../../lib/placement';
import type { ReportModel } from '../../lib/model';
import type { Finding } from '../../lib/result/schema';
import type { CellRole } from '../../lib/rule-kit/types';
import { auditPage } from '../../lib/sources/html/page-audit';
import { FIXTURE_NOW, fixtureNames, loadDocument } from '../support/fixtures';

const cell = (row: string, column: string, role: CellRole) => ({ table: 'requests' as const, block: null, row, column, text: '', role });
const finding = (rule: string, cells: ReturnType<typeof cell>[]) => ({ id: rule, rule, severity: 'error', status: 'open', cells } as unknown as Finding);
const model = {} as ReportModel;
const at = (row: string, column: string) => ({ kind: 'cell', table: 'requests', block: null, row, column });

describe('placeFinding primary', () => {
  it('is the total of a relation, whatever order its cells come in', () => {
    const f = finding('t3-row-total', [cell('a', 'x', 'part'), cell('a', 'y', 'part'), cell('a', 'total', 'total')]);
    expect(placeFinding(f, null, model).primary).toEqual(at('a', 'total'));
  });
  it('is the blocking cell of a relation that needs review', () => {
    const f = finding('t3-row-total', [cell('a', 'total', 'total'), cell('a', 'x', 'part'), cell('a', 'y', 'blocking')]);
    expect(placeFinding(f, null, model).primary).toEqual(at('a', 'y'));
  });
  it("is a cell rule's cell", () => {
    const f = finding('cell-negative', [cell('b', 'x', 'value')]);
    expect(placeFinding(f, null, model).primary).toEqual(at('b', 'x'));
  });
  it('is the first cell of a blank block', () => {
    const f = finding('cell-empty-block', [cell('c', 'x', 'value'), cell('c', 'y', 'value'), cell('c', 'z', 'value')]);
    expect(placeFinding(f, null, model).primary).toEqual(at('c', 'x'));
  });
  it('is null for a finding with no cells (it is shown at its marker place)', () => {
    const f = finding('date-missing', []);
    const places = placeFinding(f, { kind: 'report' }, model);
    expect(places.primary).toBeNull();
    expect(places.marker.length).toBeGreaterThan(0);
  });
});

describe.each(fixtureNames())('on fixture page %s', (name) => {
  it("resolves every finding's primary to one of its own cells' elements (a total or blocking cell where it has one), or to its words", () => {
    const { result, locations } = auditPage(loadDocument(name), { source: name, now: FIXTURE_NOW });
    for (const f of result.findings) {
      const loc = locations.get(f.id)!;
      if (loc.words) {
        // A finding about words of the prose: its badge stands by them, in their line's element.
        expect(loc.primary).toBe(loc.words.el);
        expect((loc.words.el.textContent ?? '').replace(/\s+/g, ' ')).toContain(loc.words.text);
        continue;
      }
      if (loc.cells.length === 0) {
        expect(loc.primary).toBeNull();
        continue;
      }
      const mine = loc.cells.find((c) => c.el === loc.primary);
      expect(mine, f.id).toBeDefined();
      const roles = new Set(loc.cells.map((c) => c.role));
      if (roles.has('blocking')) expect(mine!.role).toBe('blocking');
      else if (roles.has('total')) expect(mine!.role).toBe('total');
    }
  });
});
