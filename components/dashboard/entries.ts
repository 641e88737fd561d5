// The dashboard's reports: one entry per report a list page links, from queued to audited or
// failed, and what the table shows of each (sorted and filtered as the auditor asks). Pure.
import type { Lang } from '../../lib/i18n/lang';
import { TEMPLATE_NAMES } from '../../lib/i18n/terms';
import type { BatchEntry, ErrorEntry } from '../../lib/export/batch-entry';
import type { AuditResult } from '../../lib/result/schema';

/** Why a report could not be read: the command line's error codes (result-format.md). */
export type ReadFailure = ErrorEntry['error'];

export type ReportEntry =
  | { source: string; linkTitle: string; state: 'queued' | 'reading' }
  | { source: string; linkTitle: string; state: 'done'; result: AuditResult }
  | { source: string; linkTitle: string; state: 'failed'; error: ReadFailure };

/** What the command line's `--json` gives for each input: its result, or its error entry. */
export function jsonEntries(entries: readonly ReportEntry[]): BatchEntry[] {
  return entries.flatMap((e): BatchEntry[] => (e.state === 'done' ? [e.result] : e.state === 'failed' ? [{ source: e.source, error: e.error }] : []));
}

export interface Row {
  source: string;
  title: string;
  body: string | null;
  year: number | null;
  template: string | null;
  error: number;
  warning: number;
  info: number;
  state: ReportEntry['state'];
  /** Why it could not be read, or that the page is not a report. */
  problem: string | null;
}

export type SortKey = 'order' | 'title' | 'body' | 'year' | 'error' | 'warning' | 'info';

export interface RowFilter {
  /** Words in the title, body or address. */
  text: string;
  /** Only reports with at least one error. */
  errorsOnly: boolean;
}

export function rowOf(e: ReportEntry, lang: Lang, notReport: string): Row {
  const base = { source: e.source, title: e.linkTitle, body: null, year: null, template: null, error: 0, warning: 0, info: 0, state: e.state, problem: null };
  if (e.state === 'failed') return { ...base, problem: e.error.message };
  if (e.state !== 'done') return base;
  const { report, summary } = e.result;
  if (!report.isReport) return { ...base, title: report.title ?? e.linkTitle, problem: notReport };
  return {
    ...base, title: report.title ?? e.linkTitle, body: report.agency, year: report.year,
    template: report.template === 'unknown' ? null : TEMPLATE_NAMES[report.template][lang],
    error: summary.error, warning: summary.warning, info: summary.info,
  };
}

export function filterRows(rows: readonly Row[], f: RowFilter): Row[] {
  const words = f.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((r) => (!f.errorsOnly || r.error > 0)
    && words.every((w) => `${r.title}\u0000${r.body ?? ''}\u0000${r.source}`.toLowerCase().includes(w)));
}

/** Sorted by `key` (the list's own order for 'order'); unknowns last whichever the direction. */
export function sortRows(rows: readonly Row[], key: SortKey, descending: boolean): Row[] {
  const indexed = rows.map((r, i) => ({ r, i }));
  const value = (r: Row, i: number): string | number | null => (key === 'order' ? i : r[key]);
  indexed.sort((a, b) => {
    const va = value(a.r, a.i);
    const vb = value(b.r, b.i);
    if (va === null || vb === null) return va === vb ? a.i - b.i : va === null ? 1 : -1;
    const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'zh-Hans-CN');
    return (descending ? -c : c) || a.i - b.i;
  });
  return indexed.map(({ r }) => r);
}

export interface Progress {
  total: number;
  finished: number;
  /** The report being read now (the first of those in flight). */
  current: string | null;
}

export function progressOf(entries: readonly ReportEntry[]): Progress {
  const reading = entries.find((e) => e.state === 'reading');
  return {
    total: entries.length,
    finished: entries.filter((e) => e.state === 'done' || e.state === 'failed').length,
    current: reading ? reading.linkTitle || reading.source : null,
  };
}

export interface AcrossYearsItem {
  id: string;
  rule: string;
  severity: string;
  /** The report the finding is on. */
  title: string;
  message: string;
}

/** The across-years findings of the batch (a report compared with last year's among it). */
export function acrossYears(entries: readonly ReportEntry[]): AcrossYearsItem[] {
  return entries.flatMap((e) => (e.state !== 'done' ? [] : e.result.findings
    .filter((f) => f.previous !== undefined)
    .map((f) => ({ id: `${e.source}#${f.id}`, rule: f.rule, severity: f.severity, title: e.result.report.title ?? e.source, message: f.message }))));
}
