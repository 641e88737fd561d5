// Findings as the popup lists them: failures grouped by rule (errors first, then warnings, then
// notes), then one "needs review" group, then the dismissed ones. Pure.
import { dismissalsById } from '../../lib/export/input';
import type { Severity } from '../../lib/result/severity';
import { SEVERITY_ORDER } from '../../lib/result/severity';
import { ruleRank } from '../../lib/rules';
import type { Dismissal } from '../../lib/result/dismissal';
import type { AuditResult, Finding } from '../../lib/result/schema';

export type GroupKind = 'fail' | 'review' | 'dismissed';

export interface FindingRow {
  finding: Finding;
  /** The auditor's decision, when the finding was dismissed. */
  dismissal: Dismissal | null;
}

export interface FindingGroup {
  /** Unique among the groups: `fail:<rule>`, `review` or `dismissed`. */
  key: string;
  kind: GroupKind;
  /** The rule of a `fail` group; null for the review and dismissed groups (they mix rules). */
  rule: string | null;
  /** Every rule in the group, in catalog order. */
  rules: string[];
  /** The most severe finding's severity. */
  severity: Severity;
  rows: FindingRow[];
}

export interface OpenCounts {
  /** Findings not dismissed, by severity (failures and "needs review" alike). */
  error: number;
  warning: number;
  info: number;
  /** Of those, how many need review. */
  review: number;
  dismissed: number;
}

function worst(rows: readonly FindingRow[]): Severity {
  return rows.reduce<Severity>((w, r) => (SEVERITY_ORDER[r.finding.severity] < SEVERITY_ORDER[w] ? r.finding.severity : w), 'info');
}

/** Severity first, then the rule catalog's order, then the engine's order. */
function byFinding(a: { row: FindingRow; i: number }, b: { row: FindingRow; i: number }): number {
  const fa = a.row.finding;
  const fb = b.row.finding;
  return SEVERITY_ORDER[fa.severity] - SEVERITY_ORDER[fb.severity] || ruleRank(fa.rule) - ruleRank(fb.rule) || a.i - b.i;
}

function sorted(rows: readonly FindingRow[]): FindingRow[] {
  return rows.map((row, i) => ({ row, i })).sort(byFinding).map((x) => x.row);
}

function rulesOf(rows: readonly FindingRow[]): string[] {
  return [...new Set(rows.map((r) => r.finding.rule))].sort((a, b) => ruleRank(a) - ruleRank(b) || a.localeCompare(b));
}

export function groupFindings(findings: readonly Finding[], dismissals: readonly Dismissal[]): FindingGroup[] {
  const decided = dismissalsById(dismissals);
  const fail = new Map<string, FindingRow[]>();
  const review: FindingRow[] = [];
  const dismissed: FindingRow[] = [];
  for (const finding of findings) {
    const dismissal = decided.get(finding.id) ?? null;
    const row: FindingRow = { finding, dismissal };
    if (dismissal) dismissed.push(row);
    else if (finding.status === 'review') review.push(row);
    else {
      const list = fail.get(finding.rule);
      if (list) list.push(row);
      else fail.set(finding.rule, [row]);
    }
  }

  const groups: FindingGroup[] = [...fail].map(([rule, rows]) => ({
    key: `fail:${rule}`, kind: 'fail' as const, rule, rules: [rule], severity: worst(rows), rows: sorted(rows),
  }));
  groups.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
    || ruleRank(a.rule!) - ruleRank(b.rule!) || a.rule!.localeCompare(b.rule!));

  if (review.length > 0) {
    groups.push({ key: 'review', kind: 'review', rule: null, rules: rulesOf(review), severity: worst(review), rows: sorted(review) });
  }
  if (dismissed.length > 0) {
    groups.push({ key: 'dismissed', kind: 'dismissed', rule: null, rules: rulesOf(dismissed), severity: worst(dismissed), rows: sorted(dismissed) });
  }
  return groups;
}

export function openCounts(findings: readonly Finding[], dismissals: readonly Dismissal[]): OpenCounts {
  const decided = dismissalsById(dismissals);
  const counts: OpenCounts = { error: 0, warning: 0, info: 0, review: 0, dismissed: 0 };
  for (const f of findings) {
    if (decided.has(f.id)) {
      counts.dismissed++;
      continue;
    }
    counts[f.severity]++;
    if (f.status === 'review') counts.review++;
  }
  return counts;
}

/** Which groups start open: failures; "needs review" only when there are no failures
 * (Lighthouse: "check manually" collapsed but present); dismissed never. */
export function startsOpen(group: FindingGroup, groups: readonly FindingGroup[]): boolean {
  if (group.kind === 'fail') return true;
  if (group.kind === 'review') return !groups.some((g) => g.kind === 'fail');
  return false;
}

export interface CheckRow {
  rule: string;
  checked: number;
  failed: number;
  review: number;
  /** Why the rule did not run (last year's report unknown, a report of the old format). */
  notRun: AuditResult['checks'][number]['notRun'] | null;
}

export interface ChecksSummary {
  /** The rules that ran (those that could not run are listed, not counted). */
  rules: number;
  checked: number;
  /** In the rule catalog's order; rules that checked nothing last. */
  rows: CheckRow[];
}

export function summariseChecks(checks: AuditResult['checks']): ChecksSummary {
  const rows = checks.map((c, i) => ({ c, i }))
    .sort((a, b) => Number(a.c.checked === 0) - Number(b.c.checked === 0) || Number(Boolean(a.c.notRun)) - Number(Boolean(b.c.notRun))
      || ruleRank(a.c.rule) - ruleRank(b.c.rule) || a.i - b.i)
    .map(({ c }) => ({ rule: c.rule, checked: c.checked, failed: c.failed, review: c.review, notRun: c.notRun ?? null }));
  return { rules: checks.filter((c) => !c.notRun).length, checked: checks.reduce((n, c) => n + c.checked, 0), rows };
}
