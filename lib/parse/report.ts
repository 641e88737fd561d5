// DOM → report model: linearise the page, find sections and tables, read the tables by their
// labels, read title, year, agency and dates. The only part of the engine that reads the DOM.
import { buildGridSteps } from '../dom/grid';
import type { Grid } from '../dom/grid';
import type { Item } from '../dom/lines';
import { linearizeSteps } from '../dom/lines';
import type { ParsedTable, ReportModel } from '../model';
import { templateForYear } from '../templates';
import type { TableKey, TemplateId } from '../templates/types';
import { parseAppeals } from './appeals-table';
import { agencyFromTitle, agencyKind, findPublishedSteps, findSignedSteps, findTitleSteps, findYearSteps } from './meta';
import { parseProactiveSteps } from './proactive-table';
import { parseRequestsSteps } from './requests-table';
import { findSectionsSteps } from './sections';
import type { Steps } from '../steps';
import { runNow } from '../steps';

export function notAReport(): ReportModel {
  return {
    isReport: false, title: null, titleEl: null, agency: null, agencyKind: 'unknown', year: null,
    signedOn: null, signedEl: null, publishedOn: null, publishedEl: null, sections: [], tables: {},
    template: 'unknown', top: null,
  };
}

/** Groups the statistical tables: consecutive <table>s of one kind with no section heading between. */
function groupTables(items: Item[], headingIndexes: Set<number>): Map<TableKey, Element[]> {
  const groups = new Map<TableKey, Element[]>();
  let open: { kind: TableKey; parts: Element[] } | null = null;
  items.forEach((it, i) => {
    if (headingIndexes.has(i)) open = null;
    if (it.kind !== 'table') return;
    if (open && open.kind === it.table) {
      open.parts.push(it.el);
      return;
    }
    open = null;
    if (groups.has(it.table)) return; // a second copy of a table: the first one counts
    open = { kind: it.table, parts: [it.el] };
    groups.set(it.table, open.parts);
  });
  return groups;
}

function combineTemplates(a: TemplateId | null, b: TemplateId | null): TemplateId | 'mixed' | 'unknown' {
  if (a && b) return a === b ? a : 'mixed';
  return a ?? b ?? 'unknown';
}

function* gridsOf(parts: Element[]): Steps<Grid[]> {
  const grids: Grid[] = [];
  for (const el of parts) grids.push(yield* buildGridSteps(el));
  return grids;
}

export function parseReport(doc: Document): ReportModel {
  return runNow(parseReportSteps(doc));
}

export function* parseReportSteps(doc: Document): Steps<ReportModel> {
  const root = doc.body ?? doc.documentElement;
  if (!root) return notAReport();
  const items = yield* linearizeSteps(root);
  const scan = yield* findSectionsSteps(items);
  const groups = groupTables(items, new Set(scan.indexes));
  const firstSection = scan.indexes[0] ?? -1;
  const title = yield* findTitleSteps(items, firstSection, doc);
  const titleIndex = title.el ? items.findIndex((it) => it.kind === 'line' && it.line.el === title.el) : -1;
  const year = yield* findYearSteps(title.text, items, firstSection, titleIndex + 1);

  const tables: Partial<Record<TableKey, ParsedTable>> = {};
  const proactiveParts = groups.get('proactive');
  if (proactiveParts) tables.proactive = yield* parseProactiveSteps(yield* gridsOf(proactiveParts));
  const requestParts = groups.get('requests');
  if (requestParts) {
    const hint = tables.proactive?.template ?? (year !== null ? templateForYear(year) : null);
    tables.requests = yield* parseRequestsSteps(yield* gridsOf(requestParts), hint);
  }
  const appealParts = groups.get('appeals');
  if (appealParts) tables.appeals = parseAppeals(yield* gridsOf(appealParts));

  const tableCount = Object.values(tables).filter((t) => t && t.cells.size > 0).length;
  const sectionCount = scan.hits.length;
  const isReport = tableCount >= 2 || (tableCount === 1 && (sectionCount >= 2 || !!title.text)) || sectionCount >= 4 || (!!title.text && sectionCount >= 3);
  if (!isReport) return notAReport();

  const agency = agencyFromTitle(title.text);
  const lastHeading = scan.indexes[scan.indexes.length - 1] ?? -1;
  let lastTable = -1;
  items.forEach((it, i) => {
    if (it.kind === 'table') lastTable = i;
  });
  const signed = yield* findSignedSteps(items, Math.max(lastHeading, lastTable) + 1, scan.end);
  const published = yield* findPublishedSteps(doc, items, firstSection, Math.max(scan.end, lastTable + 1));
  const firstTable = items.find((it) => it.kind === 'table');
  const top = title.el ?? scan.hits[0]?.el ?? (firstTable?.kind === 'table' ? firstTable.el : null);

  return {
    isReport: true,
    title: title.text,
    titleEl: title.el,
    agency,
    agencyKind: agencyKind(agency),
    year,
    signedOn: signed?.iso ?? null,
    signedEl: signed?.el ?? null,
    publishedOn: published?.iso ?? null,
    publishedEl: published?.el ?? null,
    sections: scan.hits,
    tables,
    template: combineTemplates(tables.proactive?.template ?? null, tables.requests?.template ?? null),
    top,
  };
}
