// The across-years rules run after the audit, once last year's report is known: a report is parsed
// and audited once, and compared with last year's afterwards (by the command line with another of
// its inputs, by the extension with a report from its local library).
import { runRulesSteps } from '../audit';
import type { Lang } from '../i18n/lang';
import type { ReportModel } from '../model';
import { placeFinding } from '../placement';
import type { FindingPlaces } from '../placement';
import type { AuditResult } from '../result/schema';
import { RULES, ruleRank } from '../rules';
import type { PreviousReport } from '../rule-kit/types';
import { runNow } from '../steps';

export interface WithPreviousOptions {
  /** The language the result was audited in. */
  lang: Lang;
  /** "Today"; defaults to when the result was audited. */
  now?: Date;
  /** A monotonic clock in ms, for the time added to timing.totalMs. */
  clock?: () => number;
}

const ACROSS_YEARS = RULES.filter((r) => r.meta.requires?.includes('previous'));
const ACROSS_YEAR_IDS = new Set(ACROSS_YEARS.map((r) => r.meta.id));

/** What withPrevious reads of an audit: lib/audit.ts's outcome or the page audit's have it. */
export interface AuditedReport {
  result: AuditResult;
  model: ReportModel;
}

export interface ComparedWithPrevious {
  result: AuditResult;
  /** By finding id: the across-years findings' cells (this year's only) and where their badge goes. */
  placement: Map<string, FindingPlaces>;
}

/**
 * The result with the across-years rules run against `previous`: their findings in the engine's
 * order (the rule catalog's, then each rule's own), their `checks` entries replaced and the
 * summary recomputed; findings of those rules from an earlier comparison are replaced too. A page
 * that is not a report is returned as it is.
 */
export function withPrevious(audited: AuditedReport, previous: PreviousReport, opts: WithPreviousOptions): ComparedWithPrevious {
  const { result, model } = audited;
  if (!model.isReport) return { result, placement: new Map() };
  const clock = opts.clock ?? (() => performance.now());
  const started = clock();
  const ran = runNow(runRulesSteps(model, {
    now: opts.now ?? new Date(result.auditedAt), lang: opts.lang, previous, rules: ACROSS_YEARS,
  }));
  const findings = [...result.findings.filter((f) => !ACROSS_YEAR_IDS.has(f.rule)), ...ran.findings]
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ruleRank(a.f.rule) - ruleRank(b.f.rule) || a.i - b.i)
    .map(({ f }) => f);
  const fresh = new Map(ran.checks.map((c) => [c.rule, c]));
  const checks = result.checks.map((c) => fresh.get(c.rule) ?? c);
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  const placement = new Map(ran.findings.map((f) => [f.id, placeFinding(f, ran.subjects.get(f.id) ?? null, model)]));
  const totalMs = Math.round((result.timing.totalMs + clock() - started) * 1000) / 1000;
  return { result: { ...result, findings, checks, summary, timing: { totalMs } }, placement };
}
