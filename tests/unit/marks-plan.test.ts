// planMarksSteps (components/marks/plan): what the marks will be, from the engine's result alone.
// Finding order is page order, each element is marked once with all its findings, dismissals
// lower the severity shown, and a plan of thousands of findings comes in steps.
import { describe, expect, it } from 'vitest';
import { auditPage as audit } from '../../lib/sources/html/page-audit';
import { runNow } from '../../lib/steps';
import { planMarksSteps } from '../../components/marks/plan';
import { FIXTURE_NOW, loadDocument } from '../support/fixtures';

function outcome(name: string) {
  const doc = loadDocument(name);
  return { doc, ...audit(doc, { source: name, now: FIXTURE_NOW }) };
}

const byBrowser = (a: Element, b: Element) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1);

describe('planMarksSteps', () => {
  const { result, locations } = outcome('defect-arith-2021');
  const plan = runNow(planMarksSteps(result, locations, new Set()));

  it('orders the findings by their first marked element in the page', () => {
    expect([...plan.order].sort()).toEqual(result.findings.map((f) => f.id).sort());
    const first = (id: string) => locations.get(id)!.cells.map((c) => c.el).sort(byBrowser)[0] ?? locations.get(id)!.anchor!.el;
    const firsts = plan.order.map(first);
    expect([...firsts].sort(byBrowser)).toEqual(firsts);
  });

  it('marks each element once, with every finding that involves it and the highest severity', () => {
    const els = plan.cells.map((c) => c.el);
    expect(new Set(els).size).toBe(els.length);
    for (const c of plan.cells) {
      const involved = result.findings.filter((f) => locations.get(f.id)!.cells.some((x) => x.el === c.el)).map((f) => f.id);
      expect(c.ids).toEqual(involved);
      expect(c.severity).toBe('error');
      expect(c.dismissed).toBe(false);
    }
    // The written 71 of 予以公开's total is in the row-total and the results-total findings.
    const shared = plan.cells.filter((c) => c.ids.length > 1);
    expect(shared.length).toBeGreaterThan(0);
  });

  it('puts each finding with cells in exactly one badge, on its primary element', () => {
    for (const f of result.findings) {
      const loc = locations.get(f.id)!;
      const holders = plan.cells.filter((c) => c.badge.includes(f.id));
      if (loc.cells.length === 0) {
        expect(holders).toHaveLength(0);
        continue;
      }
      expect(holders.map((c) => c.el)).toEqual([loc.primary]);
    }
    expect(plan.cells.filter((c) => c.badge.length > 0).length).toBeLessThanOrEqual(result.findings.length);
  });

  it('pins the findings with no place on the page, last in the order', () => {
    const f = result.findings[0]!;
    const locs = new Map(locations);
    locs.set(f.id, { cells: [], anchor: null, primary: null, words: null });
    const p = runNow(planMarksSteps(result, locs, new Set()));
    expect(p.pinned?.ids).toEqual([f.id]);
    expect(p.order[p.order.length - 1]).toBe(f.id);
    expect(plan.pinned).toBeNull();
  });

  it('shows a dismissed finding as dismissed only where every finding on the element is dismissed', () => {
    const rowTotal = result.findings.find((f) => f.rule === 't3-row-total')!;
    const dismissed = runNow(planMarksSteps(result, locations, new Set([rowTotal.id])));
    for (const c of dismissed.cells) {
      if (!c.ids.includes(rowTotal.id)) continue;
      expect(c.dismissed).toBe(c.ids.length === 1);
    }
    expect(dismissed.cells.some((c) => c.ids.includes(rowTotal.id) && c.dismissed)).toBe(true);
    expect(dismissed.cells.some((c) => c.ids.includes(rowTotal.id) && !c.dismissed)).toBe(true);
  });

  it('offers pauses on a result of thousands of findings and still orders them by page', () => {
    const doc = loadDocument('clean-2021-city-bureau');
    const rows = Array.from({ length: 3000 }, () => doc.body.appendChild(doc.createElement('p')));
    const findings = rows.map((_, i) => ({ ...result.findings[0]!, id: `x${i}` }));
    const locs = new Map(rows.map((el, i) => [`x${i}`, { cells: [], anchor: { el, placement: 'at' as const }, primary: null, words: null }]));
    // Found in reverse page order, planned in page order.
    const steps = planMarksSteps({ ...result, findings: [...findings].reverse() }, locs, new Set());
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    expect(pauses).toBeGreaterThanOrEqual(3000 / 200);
    expect(r.value.order).toEqual(findings.map((f) => f.id));
    expect(r.value.anchors.map((a) => a.el)).toEqual([...rows].reverse());
  });
});
