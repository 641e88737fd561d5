// The engine on an HTML page: the page read as a report source, audited, and each finding's places
// resolved to the page's elements (what the extension draws on and the tests check).
import type { AuditOptions, AuditOutcome } from '../../audit';
import { auditSteps } from '../../audit';
import type { ReportModel } from '../../model';
import type { FindingPlaces } from '../../placement';
import type { AuditResult } from '../../result/schema';
import type { CellRole } from '../../rule-kit/types';
import type { SliceOptions, Steps } from '../../steps';
import { runNow, runSliced } from '../../steps';
import type { Places } from '../places';
import { mapPlaces } from '../places';
import { htmlSource } from './source';

/** Where a finding stands in the page: its cells' elements and, for a marker, an element and a side. */
export interface FindingLocation {
  cells: { el: Element; role: CellRole }[];
  anchor: { el: Element; placement: 'at' | 'before' | 'after' } | null;
  /** The element of the cell holding the defect, where its one badge goes (else its first cell's;
   *  null: the finding has no cell on the page). For words of the prose: their line's element. */
  primary: Element | null;
  /** Words of the prose the finding is about, in the element of their line: the badge goes there. */
  words: { el: Element; text: string; before: string } | null;
}

export interface PageAudit {
  result: AuditResult;
  model: ReportModel;
  locations: Map<string, FindingLocation>;
  /** The report's top element (where findings with no place of their own are pinned), if any. */
  top: Element | null;
  /** The page's elements for the model's addresses: where findings added later are drawn. */
  places: Places<Element>;
}

/** The first of a finding's places that the page has. */
export function locate(places: FindingPlaces, index: Places<Element>): FindingLocation {
  const cells: FindingLocation['cells'] = [];
  for (const c of places.cells) {
    const el = index.get(c.at);
    if (el) cells.push({ el, role: c.role });
  }
  const line = places.words && index.get(places.words);
  const words = line ? { el: line, text: places.words!.text, before: places.words!.before } : null;
  const primary = words?.el ?? ((places.primary && index.get(places.primary)) || (cells[0]?.el ?? null));
  for (const p of places.marker) {
    const el = index.get(p.at);
    if (el) return { cells, anchor: { el, placement: p.placement }, primary, words };
  }
  return { cells, anchor: null, primary, words };
}

function* locateAll(placement: ReadonlyMap<string, FindingPlaces>, index: Places<Element>): Steps<Map<string, FindingLocation>> {
  const out = new Map<string, FindingLocation>();
  let i = 0;
  for (const [id, places] of placement) {
    if (++i % 256 === 0) yield;
    out.set(id, locate(places, index));
  }
  return out;
}

/** An audit's findings placed on elements: the page's own, or those a viewer drew for another
 *  source's references (`to`). */
export function* locateOutcomeSteps<R>(outcome: AuditOutcome<R>, to: (ref: R) => Element | undefined): Steps<PageAudit> {
  const places = mapPlaces(outcome.places, to);
  const locations = yield* locateAll(outcome.placement, places);
  const top = places.get({ kind: 'top' }) ?? null;
  return { result: outcome.result, model: outcome.model, locations, top, places };
}

function* pageAuditSteps(doc: Document, opts: AuditOptions): Steps<PageAudit> {
  // A live or jsdom Document is one of the HTML source's documents; its elements are the places.
  const outcome = yield* auditSteps(htmlSource(doc), opts);
  return yield* locateOutcomeSteps(outcome as AuditOutcome<Element>, (el) => el);
}

export function auditPage(doc: Document, opts: AuditOptions): PageAudit {
  return runNow(pageAuditSteps(doc, opts));
}

/**
 * The same audit in slices of at most `slicing.sliceMs`, giving the main thread back in between:
 * what the extension runs on a live page. timing.totalMs is the work time, pauses excluded.
 */
export async function auditPageSliced(doc: Document, opts: AuditOptions, slicing: SliceOptions): Promise<PageAudit & { longestSliceMs: number }> {
  const run = await runSliced(pageAuditSteps(doc, opts), slicing);
  run.value.result.timing.totalMs = Math.round(run.workMs * 1000) / 1000;
  return { ...run.value, longestSliceMs: run.longestSliceMs };
}
