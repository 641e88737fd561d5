// What to draw, decided from the result alone (pure, testable): each element involved in a finding
// with its finding ids, the highest severity among them and the roles it plays; each heading or
// place of a missing part with its findings. Drawing (where, how) is done elsewhere.
import type { AuditResult, Finding } from '../../lib/result/schema';
import type { Severity } from '../../lib/result/severity';
import { mostSevere, SEVERITY_ORDER } from '../../lib/result/severity';
import type { CellRole } from '../../lib/rule-kit/types';
import { documentOrder } from '../../lib/sources/html/order';
import type { FindingLocation } from '../../lib/sources/html/page-audit';
import type { Steps } from '../../lib/steps';
import { ITEMS_PER_STEP, ticker } from '../../lib/steps';
import type { Words } from './words';

type Placement = NonNullable<FindingLocation['anchor']>['placement'];

export interface CellMark {
  el: Element;
  ids: string[];
  /** Highest severity among the findings that are not dismissed (else among all). */
  severity: Severity;
  roles: Set<CellRole>;
  /** Every finding on this element is dismissed. */
  dismissed: boolean;
  /** The findings whose one badge stands on this element (it holds their defect); empty: the
   *  element is only a part of findings badged elsewhere. */
  badge: string[];
  /** Highest severity among the badge's findings (open ones first), and whether all are dismissed. */
  badgeSeverity: Severity;
  badgeDismissed: boolean;
  /** Words of the element's text (a number the prose states) that the mark is about, not the whole element. */
  words?: Words;
}

export interface AnchorMark {
  el: Element;
  placement: Placement;
  ids: string[];
  severity: Severity;
  dismissed: boolean;
}

interface AnchorEntry {
  el: Element;
  placement: Placement;
  findings: Finding[];
}

/** Findings with no place on the page (a date read from <meta>, a template finding without a
 *  table): pinned in a notice at the top of the report. */
export interface PinnedMark {
  ids: string[];
  severity: Severity;
  dismissed: boolean;
}

export interface MarkPlan {
  cells: CellMark[];
  anchors: AnchorMark[];
  pinned: PinnedMark | null;
  /** Finding ids in page order (by their first element), findings with no place last. */
  order: string[];
}

/** The plan, in steps: a report can have thousands of findings (a 5,000-row table's extra rows). The
 *  elements' places in the document are read a step at a time; the final sort reads none. */
export function* planMarksSteps(result: AuditResult, locations: ReadonlyMap<string, FindingLocation>, dismissed: ReadonlySet<string>): Steps<MarkPlan> {
  const cellMap = new Map<Element, { findings: Finding[]; roles: Set<CellRole>; badge: Finding[] }>();
  /** Words of the prose, by element and words: a finding's badge stands beside its words. */
  const wordMap = new Map<string, { el: Element; words: Words; findings: Finding[] }>();
  const wordKeys = new Map<Element, number>();
  const anchorMap = new Map<Element, Map<Placement, AnchorEntry>>();
  const firstEl = new Map<string, Element>();
  const order = documentOrder();
  const tick = ticker(ITEMS_PER_STEP);
  for (const f of result.findings) {
    if (tick()) yield;
    const loc = locations.get(f.id);
    if (!loc) continue;
    for (const { el, role } of loc.cells) {
      const entry = cellMap.get(el) ?? { findings: [], roles: new Set<CellRole>(), badge: [] };
      if (!entry.findings.includes(f)) entry.findings.push(f);
      if (el === loc.primary && !entry.badge.includes(f)) entry.badge.push(f);
      entry.roles.add(role);
      cellMap.set(el, entry);
      if (!firstEl.has(f.id) || order(el, firstEl.get(f.id)!) < 0) firstEl.set(f.id, el);
    }
    if (loc.words) {
      const { el, text, before } = loc.words;
      if (!wordKeys.has(el)) wordKeys.set(el, wordKeys.size);
      const key = `${wordKeys.get(el)}\u0000${before}\u0000${text}`;
      const entry = wordMap.get(key) ?? { el, words: { text, before }, findings: [] };
      entry.findings.push(f);
      wordMap.set(key, entry);
      firstEl.set(f.id, el);
    }
    // An anchor in the page's <head> (a date read from <meta>) is not shown: pinned instead.
    if (loc.cells.length === 0 && loc.anchor && !loc.anchor.el.closest('head')) {
      const { el, placement } = loc.anchor;
      const byPlace = anchorMap.get(el) ?? new Map<Placement, AnchorEntry>();
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
    return { ids: findings.map((f) => f.id), severity: mostSevere((open.length ? open : findings).map((f) => f.severity)), dismissed: open.length === 0 };
  };
  const cells: CellMark[] = [...cellMap].map(([el, e]) => {
    const b = summarise(e.badge);
    return { el, roles: e.roles, ...summarise(e.findings), badge: b.ids, badgeSeverity: b.severity, badgeDismissed: b.dismissed };
  });
  for (const w of wordMap.values()) {
    const s = summarise(w.findings);
    cells.push({ el: w.el, roles: new Set<CellRole>(['value']), ...s, badge: s.ids, badgeSeverity: s.severity, badgeDismissed: s.dismissed, words: w.words });
  }
  const anchors: AnchorMark[] = [...anchorMap.values()].flatMap((m) => [...m.values()]).map((a) => ({ el: a.el, placement: a.placement, ...summarise(a.findings) }));
  const placed = result.findings.filter((f) => firstEl.has(f.id));
  placed.sort((a, b) => order(firstEl.get(a.id)!, firstEl.get(b.id)!) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const unplaced = result.findings.filter((f) => !firstEl.has(f.id));
  const pinned = unplaced.length ? summarise(unplaced) : null;
  return { cells, anchors, pinned, order: [...placed, ...unplaced].map((f) => f.id) };
}
