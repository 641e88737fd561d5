// A report source → the report model and its place index: find sections and tables among the
// source's lines, read the tables by their labels, read title, year, agency and dates. The only
// part of the engine that reads a source; it never sees the source's references, only keeps them.
import type { ParsedTable, ReportModel } from '../model';
import { PlaceIndex } from '../sources/places';
import { lineAddress } from '../result/address';
import type { Grid, Item, ReportSource } from '../sources/types';
import { isOldFormatYear } from '../templates';
import { tableTemplate } from '../templates/choice';
import type { SectionKey, TableKey, TemplateId } from '../templates/types';
import { parseAppeals } from './appeals-table';
import { agencyFromTitle, agencyKind, findPublishedSteps, findSignedSteps, findTitleSteps, findYearSteps } from './meta';
import { parseProactiveSteps } from './proactive-table';
import { parseRequestsSteps } from './requests-table';
import { findSectionsSteps } from './sections';
import type { Steps } from '../steps';

export interface ParsedReport<R> {
  model: ReportModel;
  places: PlaceIndex<R>;
}

export function notAReport(): ReportModel {
  return {
    isReport: false, title: null, agency: null, agencyKind: 'unknown', year: null,
    signedOn: null, publishedOn: null, sections: [], imageSections: [], cutTables: [], tables: {}, template: 'unknown',
  };
}

/** Groups the statistical tables: consecutive tables of one kind with no section heading between. */
function groupTables<R>(items: Item<R>[], headingIndexes: Set<number>): Map<TableKey, R[]> {
  const groups = new Map<TableKey, R[]>();
  let open: { kind: TableKey; parts: R[] } | null = null;
  items.forEach((it, i) => {
    if (headingIndexes.has(i)) open = null;
    if (it.kind !== 'table') return;
    if (open && open.kind === it.table) {
      open.parts.push(it.ref);
      return;
    }
    open = null;
    if (groups.has(it.table)) return; // a second copy of a table: the first one counts
    open = { kind: it.table, parts: [it.ref] };
    groups.set(it.table, open.parts);
  });
  return groups;
}

function combineTemplates(a: TemplateId | null, b: TemplateId | null): TemplateId | 'mixed' | 'unknown' {
  if (a && b) return a === b ? a : 'mixed';
  return a ?? b ?? 'unknown';
}

export function* parseReportSteps<R>(source: ReportSource<R>): Steps<ParsedReport<R>> {
  const places = new PlaceIndex<R>();
  const items = yield* source.items();
  const gridsOf = function* (parts: R[]): Steps<Grid<R>[]> {
    const grids: Grid<R>[] = [];
    for (const ref of parts) grids.push(yield* source.grid(ref));
    return grids;
  };
  const scan = yield* findSectionsSteps(items);
  const groups = groupTables(items, new Set(scan.indexes));
  const firstSection = scan.indexes[0] ?? -1;
  const title = yield* findTitleSteps(items, firstSection, source.meta);
  const titleIndex = title.ref !== null ? items.findIndex((it) => it.kind === 'line' && it.line.ref === title.ref) : -1;
  const year = yield* findYearSteps(title.text, items, firstSection, titleIndex + 1);

  const tables: Partial<Record<TableKey, ParsedTable>> = {};
  const proactiveParts = groups.get('proactive');
  if (proactiveParts) tables.proactive = yield* parseProactiveSteps(yield* gridsOf(proactiveParts), places);
  const requestParts = groups.get('requests');
  if (requestParts) {
    const fallback = tableTemplate('requests', null, tables.proactive?.template ?? null, year);
    tables.requests = yield* parseRequestsSteps(yield* gridsOf(requestParts), fallback, places);
  }
  const appealParts = groups.get('appeals');
  if (appealParts) tables.appeals = parseAppeals(yield* gridsOf(appealParts), places);

  const tableCount = Object.values(tables).filter((t) => t && Object.keys(t.cells).length > 0).length;
  const sectionCount = scan.hits.length;
  // A report of 2018 or before has its own sections and tables: its title and one of them tell it.
  const oldFormat = isOldFormatYear(year);
  const isReport = tableCount >= 2 || (tableCount === 1 && (sectionCount >= 2 || !!title.text)) || sectionCount >= 4
    || (!!title.text && sectionCount >= 3) || (oldFormat && !!title.text && tableCount + sectionCount >= 1);
  if (!isReport) return { model: notAReport(), places: new PlaceIndex<R>() };

  const agency = agencyFromTitle(title.text);
  const lastHeading = scan.indexes[scan.indexes.length - 1] ?? -1;
  let lastTable = -1;
  items.forEach((it, i) => {
    if (it.kind === 'table') lastTable = i;
  });
  const signed = yield* findSignedSteps(items, Math.max(lastHeading, lastTable) + 1, scan.end);
  const published = yield* findPublishedSteps(source.meta, items, firstSection, Math.max(scan.end, lastTable + 1));

  const lineRef = (i: number) => {
    const it = items[i]!;
    return it.kind === 'line' ? it.line.ref : it.ref;
  };
  scan.hits.forEach((h, k) => places.set({ kind: 'section', section: h.key }, lineRef(scan.indexes[k]!)));
  scan.hits.forEach((h, k) => scan.bodyItems[k]!.forEach((item, line) => places.set(lineAddress(h.key, line), lineRef(item))));
  if (title.ref !== null) places.set({ kind: 'title' }, title.ref);
  if (signed?.ref != null) places.set({ kind: 'date', date: 'signed' }, signed.ref);
  if (published?.ref != null) places.set({ kind: 'date', date: 'published' }, published.ref);
  // Each section's first image (a table published as a picture is one).
  const imageSections: SectionKey[] = [];
  items.forEach((it, i) => {
    if (it.kind !== 'image' || i >= scan.end) return;
    let k = -1;
    while (k + 1 < scan.indexes.length && scan.indexes[k + 1]! < i) k++;
    const section = scan.hits[k]?.key;
    if (!section || imageSections.includes(section)) return;
    imageSections.push(section);
    places.set({ kind: 'image', section }, it.ref);
  });
  // Tables the file cut at the page's right edge, by the part that was cut.
  const cutTables: ReportModel['cutTables'] = [];
  for (const it of items) {
    if (it.kind !== 'table' || !it.cut) continue;
    const part = groups.get(it.table)?.indexOf(it.ref) ?? -1;
    if (part >= 0 && !cutTables.some((c) => c.table === it.table)) cutTables.push({ table: it.table, part: part + 1 });
  }
  const firstTable = items.find((it) => it.kind === 'table');
  const top = title.ref ?? (scan.indexes[0] !== undefined ? lineRef(scan.indexes[0]) : null)
    ?? (firstTable?.kind === 'table' ? firstTable.ref : null);
  if (top !== null) places.set({ kind: 'top' }, top);

  const model: ReportModel = {
    isReport: true,
    title: title.text,
    agency,
    agencyKind: agencyKind(agency),
    year,
    signedOn: signed?.iso ?? null,
    publishedOn: published?.iso ?? null,
    sections: scan.hits,
    imageSections,
    cutTables,
    tables,
    template: oldFormat ? 'unknown' : combineTemplates(tables.proactive?.template ?? null, tables.requests?.template ?? null),
  };
  return { model, places };
}
