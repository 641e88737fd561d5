// The engine's entry point: a report source in, the audit result out, with the report model, what
// each finding is about and where it is drawn (model addresses; the source's place index turns them
// into its own places). Pure apart from reading the source and the clock it is given.
import { format } from './i18n/lang';
import type { Lang } from './i18n/lang';
import type { ReportModel } from './model';
import { mayBeReport } from './parse/detect';
import { notAReport, parseReportSteps } from './parse/report';
import type { FindingPlaces } from './placement';
import { placeFinding } from './placement';
import type { Address } from './result/address-schema';
import { findingId } from './result/finding-id';
import type { AuditResult, Finding } from './result/schema';
import { SCHEMA_VERSION } from './result/version';
import { RULES } from './rules';
import { deriveFacts } from './rule-kit/facts';
import type { PreviousReport, Rule, RuleContext } from './rule-kit/types';
import { PlaceIndex } from './sources/places';
import type { ReportSource } from './sources/types';
import { relationsFor } from './templates/choice';
import { isOldFormatYear } from './templates';
import type { Steps } from './steps';
import { runNow } from './steps';
import { ENGINE_VERSION } from './version';

export interface AuditOptions {
  /** The page URL or file path, recorded in the result. */
  source: string;
  /** "Today", for date-future and auditedAt. */
  now?: Date;
  lang?: Lang;
  /** A monotonic clock in ms (performance.now), for timing. */
  clock?: () => number;
  /** Last year's report of the same body, for the across-years rules. */
  previous?: PreviousReport | null;
}

export interface AuditOutcome<R> {
  result: AuditResult;
  model: ReportModel;
  /** By finding id: its cells and where its marker may go. */
  placement: ReadonlyMap<string, FindingPlaces>;
  /** The source's references for the model's addresses. */
  places: PlaceIndex<R>;
}

export interface RuleRun {
  findings: Finding[];
  checks: AuditResult['checks'];
  subjects: Map<string, Address>;
}

export interface RunOptions {
  now: Date;
  lang: Lang;
  previous: PreviousReport | null;
  rules?: readonly Rule[];
}

export function* runRulesSteps(model: ReportModel, opts: RunOptions): Steps<RuleRun> {
  const relations = relationsFor(model);
  const ctx: RuleContext = {
    report: model, relations, now: opts.now, lang: opts.lang, derived: deriveFacts(model, relations), previous: opts.previous,
  };
  const findings: Finding[] = [];
  const subjects = new Map<string, Address>();
  const checks: AuditResult['checks'] = [];
  const occurrences = new Map<string, number>();
  for (const rule of opts.rules ?? RULES) {
    yield;
    // A rule that does not apply, or whose input is missing, did not run: that is not a pass.
    if (isOldFormatYear(model.year) && !rule.meta.oldFormat) {
      checks.push({ rule: rule.meta.id, checked: 0, failed: 0, review: 0, notRun: 'old-format' });
      continue;
    }
    if (rule.meta.requires?.includes('previous') && !ctx.previous) {
      checks.push({ rule: rule.meta.id, checked: 0, failed: 0, review: 0, notRun: 'needs-previous' });
      continue;
    }
    const { checked, findings: drafts } = rule.check(ctx);
    let failed = 0;
    let review = 0;
    for (const [i, d] of drafts.entries()) {
      if (i % 256 === 255) yield;
      const status = d.status ?? 'fail';
      if (status === 'review') review++;
      else failed++;
      // Stable and unique: the k-th finding with the same keys (rows repeated word for word) gets #k.
      const parts = [rule.meta.id, d.section, d.table, d.block, d.row, d.column, d.discriminator];
      let id = findingId(parts);
      const repeat = (occurrences.get(id) ?? 0) + 1;
      occurrences.set(id, repeat);
      if (repeat > 1) id = findingId([...parts, `#${repeat}`]);
      findings.push({
        id, rule: rule.meta.id, severity: d.severity ?? rule.meta.severity, status,
        section: d.section, table: d.table, block: d.block, row: d.row, column: d.column,
        expected: d.expected, actual: d.actual,
        message: format(rule.meta.messages[d.messageId]![opts.lang], d.params),
        cells: d.cells.map(({ table, block, row, column, text, role, year }) => ({
          table, block, row, column, text, role, ...(year === undefined ? {} : { year }),
        })),
        ...(d.previous ? { previous: d.previous } : {}),
        ...(d.quote ? { quote: d.quote } : {}),
      });
      if (d.subject) subjects.set(id, d.subject);
    }
    checks.push({ rule: rule.meta.id, checked, failed, review });
  }
  return { findings, checks, subjects };
}

function summarise(model: ReportModel): AuditResult['report'] {
  return {
    isReport: model.isReport, title: model.title, agency: model.agency, year: model.year, template: model.template,
    signedOn: model.signedOn, publishedOn: model.publishedOn,
    sections: model.sections.map((s) => s.key),
    tables: (['proactive', 'requests', 'appeals'] as const).filter((t) => model.tables[t]),
  };
}

export function audit<R>(source: ReportSource<R>, opts: AuditOptions): AuditOutcome<R> {
  return runNow(auditSteps(source, opts));
}

/** `rules`: another registry (tests of the runner itself). */
export function* auditSteps<R>(source: ReportSource<R>, opts: AuditOptions, rules?: readonly Rule[]): Steps<AuditOutcome<R>> {
  const clock = opts.clock ?? (() => performance.now());
  const started = clock();
  const now = opts.now ?? new Date();
  const lang = opts.lang ?? 'zh';
  const { model, places } = mayBeReport(source.sample) ? yield* parseReportSteps(source) : { model: notAReport(), places: new PlaceIndex<R>() };
  const ran: RuleRun = model.isReport
    ? yield* runRulesSteps(model, { now, lang, previous: opts.previous ?? null, rules })
    : { findings: [], checks: [], subjects: new Map() };
  const placement = new Map<string, FindingPlaces>();
  for (const [i, f] of ran.findings.entries()) {
    if (i % 256 === 255) yield;
    placement.set(f.id, placeFinding(f, ran.subjects.get(f.id) ?? null, model));
  }
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of ran.findings) summary[f.severity]++;
  const result: AuditResult = {
    schema: SCHEMA_VERSION,
    engine: ENGINE_VERSION,
    source: opts.source,
    auditedAt: now.toISOString(),
    report: summarise(model),
    findings: ran.findings,
    checks: ran.checks,
    summary,
    timing: { totalMs: Math.round((clock() - started) * 1000) / 1000 },
  };
  return { result, model, placement, places };
}
