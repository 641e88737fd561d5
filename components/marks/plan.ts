// What to draw, decided from the result alone (pure, testable): each element involved in a finding
// with its finding ids, the highest severity among them and the roles it plays; each heading or
// place of a missing part with its findings. Drawing (where, how) is done elsewhere.
import type { FindingLocation } from '../../lib/audit';
import type { AuditResult, Finding } from '../../lib/result/schema';
import type { Anchor, CellRole, Severity } from '../../lib/rules/types';

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

function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  // Node.DOCUMENT_POSITION_FOLLOWING = 4
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

export function planMarks(result: AuditResult, locations: ReadonlyMap<string, FindingLocation>, dismissed: ReadonlySet<string>): MarkPlan {
  const cellMap = new Map<Element, { findings: Finding[]; roles: Set<CellRole> }>();
  const anchorMap = new Map<Element, Map<Anchor['placement'], AnchorEntry>>();
  const firstEl = new Map<string, Element>();
  for (const f of result.findings) {
    const loc = locations.get(f.id);
    if (!loc) continue;
    for (const { el, role } of loc.cells) {
      const entry = cellMap.get(el) ?? { findings: [], roles: new Set<CellRole>() };
      if (!entry.findings.includes(f)) entry.findings.push(f);
      entry.roles.add(role);
      cellMap.set(el, entry);
      if (!firstEl.has(f.id) || documentOrder(el, firstEl.get(f.id)!) < 0) firstEl.set(f.id, el);
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
  }
  const summarise = (findings: Finding[]) => {
    const open = findings.filter((f) => !dismissed.has(f.id));
    return { ids: findings.map((f) => f.id), severity: highest(open.length ? open : findings), dismissed: open.length === 0 };
  };
  const cells: CellMark[] = [...cellMap].map(([el, e]) => ({ el, roles: e.roles, ...summarise(e.findings) }));
  const anchors: AnchorMark[] = [...anchorMap.values()].flatMap((m) => [...m.values()]).map((a) => ({ el: a.el, placement: a.placement, ...summarise(a.findings) }));
  const placed = result.findings.filter((f) => firstEl.has(f.id));
  placed.sort((a, b) => documentOrder(firstEl.get(a.id)!, firstEl.get(b.id)!) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const order = [...placed, ...result.findings.filter((f) => !firstEl.has(f.id))].map((f) => f.id);
  return { cells, anchors, order };
}
