// The library page's order: reports grouped by body (by name), each body's years newest first.
import type { LibraryRecord } from './schema';

export interface BodyGroup {
  /** The body as its latest report names it; null: reports whose title names no agency. */
  body: string | null;
  key: string;
  reports: LibraryRecord[];
}

export function groupByBody(records: readonly LibraryRecord[]): BodyGroup[] {
  const groups = new Map<string, BodyGroup>();
  for (const r of records) {
    const key = r.bodyKey ?? '';
    const g = groups.get(key) ?? { body: r.body, key, reports: [] };
    g.reports.push(r);
    groups.set(key, g);
  }
  const out = [...groups.values()];
  for (const g of out) g.reports.sort((a, b) => (b.year ?? -1) - (a.year ?? -1) || b.auditedAt.localeCompare(a.auditedAt));
  // Bodies by name; reports with no body last.
  return out.sort((a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || a.key.localeCompare(b.key, 'zh'));
}
