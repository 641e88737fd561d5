// The side panel's filters: by severity, by rule and a text search over the message, the rule's
// title and the names of the rows and columns involved. Pure.
import type { Lang } from '../../lib/i18n/lang';
import type { Finding } from '../../lib/result/schema';
import { APPEAL_COLUMNS, APPEAL_GROUPS } from '../../lib/templates/appeals';
import { TEMPLATES } from '../../lib/templates';
import { REQUEST_COLUMNS } from '../../lib/templates/requests';
import type { LabelDef } from '../../lib/templates/types';
import type { Severity } from '../../lib/result/severity';
import { ruleTitle } from '../../lib/rules';
import type { FindingGroup } from './findings';

export interface FindingFilter {
  /** The severities shown; all three when none is unticked. */
  severities: ReadonlySet<Severity>;
  /** One rule, or null for every rule. */
  rule: string | null;
  query: string;
}

export const NO_FILTER: FindingFilter = { severities: new Set(['error', 'warning', 'info']), rule: null, query: '' };

export function isFiltering(filter: FindingFilter): boolean {
  return filter.severities.size < 3 || filter.rule !== null || filter.query.trim() !== '';
}

/** Row and column keys → the templates' words for them (both templates; a key may have two). */
function labelIndex(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (defs: readonly LabelDef[]) => {
    for (const d of defs) {
      const seen = index.get(d.key);
      if (!seen) index.set(d.key, [d.label]);
      else if (!seen.includes(d.label)) seen.push(d.label);
    }
  };
  for (const t of Object.values(TEMPLATES)) {
    add(t.requestRows);
    for (const block of t.proactive) {
      add(block.rows);
      add(block.columns);
    }
  }
  add(REQUEST_COLUMNS);
  add(APPEAL_COLUMNS);
  add(APPEAL_GROUPS);
  return index;
}

let labels: Map<string, string[]> | null = null;

/** Full-width and half-width alike (NFKC), any case, runs of white space as one space. */
export function normalizeSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Everything a search matches a finding by, normalised once per finding. */
export function searchText(f: Finding, lang: Lang): string {
  labels ??= labelIndex();
  const keys = new Set<string>();
  for (const k of [f.row, f.column]) if (k) keys.add(k);
  for (const c of f.cells) {
    keys.add(c.row);
    keys.add(c.column);
  }
  const names = [...keys].flatMap((k) => [k, ...(labels!.get(k) ?? [])]);
  return normalizeSearch([f.message, ruleTitle(f.rule, lang), f.rule, ...names].join('\n'));
}

export function matches(f: Finding, filter: FindingFilter, lang: Lang): boolean {
  if (!filter.severities.has(f.severity)) return false;
  if (filter.rule !== null && f.rule !== filter.rule) return false;
  const words = normalizeSearch(filter.query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const text = searchText(f, lang);
  return words.every((w) => text.includes(w));
}

/** The groups with only the rows that pass the filter; groups left empty are dropped. */
export function filterGroups(groups: readonly FindingGroup[], filter: FindingFilter, lang: Lang): FindingGroup[] {
  if (!isFiltering(filter)) return [...groups];
  return groups
    .map((g) => ({ ...g, rows: g.rows.filter((r) => matches(r.finding, filter, lang)) }))
    .filter((g) => g.rows.length > 0);
}

/** The rules present among the findings, for the rule filter, in the groups' order. */
export function rulesIn(groups: readonly FindingGroup[]): string[] {
  return [...new Set(groups.flatMap((g) => g.rows.map((r) => r.finding.rule)))];
}

/** Next/previous through `ids` (the list as shown) from `current`; from either end when current is
 *  not in the list. Null for an empty list. */
export function stepThrough(ids: readonly string[], current: string | null, delta: 1 | -1): string | null {
  const n = ids.length;
  if (n === 0) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  if (at < 0) return ids[delta > 0 ? 0 : n - 1]!;
  return ids[(at + delta + n) % n]!;
}
