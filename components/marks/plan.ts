// What to draw, decided from the result alone (pure, testable): each element involved in a finding
// with its finding ids, the highest severity among them and the roles it plays; each heading or
// place of a missing part with its findings. Drawing (where, how) is done elsewhere.
import type { FindingLocation } from '../../lib/audit';
import { documentOrder } from '../../lib/dom/order';
import type { AuditResult, Finding } from '../../lib/result/schema';
import type { Anchor, CellRole, Severity } from '../../lib/rules/types';
import type { Steps } from '../../lib/steps';
import { ITEMS_PER_STEP, ticker } from '../../lib/steps';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface CellMark {
  el: Element;
  ids: string[];
  /** Highest severity among the findings that are not dismissed (else among all). */
  severity: Severity;
  roles: Set<CellRole>;
  /** Every finding on this element is dismissed. */
  dismissed: boolean;
}

export interface AnchorMark {
  el: Element;
  placement: Anchor['placement'];
  ids: string[];
  severity: Severity;
  dismissed: boolean;
}

interface AnchorEntry {
  el: Element;
  placement: Anchor['placement'];
  findings: Finding[];
}

export interface MarkPlan {
  cells: CellMark[];
  anchors: AnchorMark[];
  /** Finding ids in page order (by their first element), findings with no place last. */
  order: string[];
}

function highest(findings: Finding[]): Severity {
  return findings.reduce<Severity>((s, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[s] ? f.severity : s), 'info');
}

/** The plan, in steps: a report can have thousands of findings (a 5,000-row table's extra rows). The
 *  elements' places in the document are read a step at a time; the final sort reads none. */
export function* planMarksSteps(result: AuditResult, locations: ReadonlyMap<string, FindingLocation>, dismissed: ReadonlySet<string>): Steps<MarkPlan> {
  const cellMap = new Map<Element, { findings: Finding[]; roles: Set<CellRole> }>();
  const anchorMap = new Map<Element, Map<Anchor['placement'], AnchorEntry>>();
  const firstEl = new Map<string, Element>();
  const order = documentOrder();
  const tick = ticker(ITEMS_PER_STEP);
  for (const f of result.findings) {
    if (tick()) yield;
    const loc = locations.get(f.id);
    if (!loc) continue;
    for (const { el, role } of loc.cells) {
      const entry = cellMap.get(el) ?? { findings: [], roles: new Set<CellRole>() };
      if (!entry.findings.includes(f)) entry.findings.push(f);
      entry.roles.add(role);
      cellMap.set(el, entry);
      if (!firstEl.has(f.id) || order(el, firstEl.get(f.id)!) < 0) firstEl.set(f.id, el);
    }
    if (loc.cells.length === 0 && loc.anchor) {
      const { el, placement } = loc.anchor;
      const byPlace = anchorMap.get(el) ?? new Map<Anchor['placement'], AnchorEntry>();
      anchorMap.set(el, byPlace);
      const existing = byPlace.get(placement);
      if (existing) existing.findings.push(f);
      else byPlace.set(placement, { el, placement, findings: [f] });
      if (!firstEl.has(f.id)) firstEl.set(f.id, el);
    }
    const first = firstEl.get(f.id);
    if (first) order.prepare(first);
  }
  const summarise = (findings: Finding[]) => {
    const open = findings.filter((f) => !dismissed.has(f.id));
    return { ids: findings.map((f) => f.id), severity: highest(open.length ? open : findings), dismissed: open.length === 0 };
  };
  const cells: CellMark[] = [...cellMap].map(([el, e]) => ({ el, roles: e.roles, ...summarise(e.findings) }));
  const anchors: AnchorMark[] = [...anchorMap.values()].flatMap((m) => [...m.values()]).map((a) => ({ el: a.el, placement: a.placement, ...summarise(a.findings) }));
  const placed = result.findings.filter((f) => firstEl.has(f.id));
  placed.sort((a, b) => order(firstEl.get(a.id)!, firstEl.get(b.id)!) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  return { cells, anchors, order: [...placed, ...result.findings.filter((f) => !firstEl.has(f.id))].map((f) => f.id) };
}
