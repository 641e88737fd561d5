// The engine's entry point: a document in, the audit result out (plus, for the extension, where
// each finding stands in the page). Pure apart from reading the DOM and the clock it is given.
import { format } from './i18n/lang';
import type { Lang } from './i18n/lang';
import type { ReportModel } from './model';
import { mayBeReport } from './parse/detect';
import { notAReport, parseReportSteps } from './parse/report';
import { findingId } from './result/finding-id';
import type { AuditResult, Finding } from './result/schema';
import { SCHEMA_VERSION } from './result/version';
import { RULES } from './rules';
import { deriveFacts } from './rules/facts';
import type { Anchor, DraftCell, Rule, RuleContext } from './rules/types';
import { TEMPLATES, templateForYear } from './templates';
import type { Relation, TemplateId } from './templates/types';
import type { SliceOptions, Steps } from './steps';
import { runNow, runSliced } from './steps';
import { ENGINE_VERSION } from './version';

export interface AuditOptions {
  /** The page URL or file path, recorded in the result. */
  source: string;
  /** "Today", for date-future and auditedAt. */
  now?: Date;
  lang?: Lang;
  /** A monotonic clock in ms (performance.now), for timing. */
  clock?: () => number;
}

/** Where a finding is drawn: its cells and, for findings without cells, a heading or a place. */
export interface FindingLocation {
  cells: { el: Element; role: DraftCell['role'] }[];
  anchor: Anchor | null;
}

export interface AuditOutcome {
  result: AuditResult;
  model: ReportModel;
  locations: Map<string, FindingLocation>;
}

/** The relations that apply: each table checked against the template it is written in. */
function relationsFor(model: ReportModel): Relation[] {
  const fallback: TemplateId = model.year !== null ? templateForYear(model.year) : '2021';
  const pick = (t: 'proactive' | 'requests') => TEMPLATES[model.tables[t]?.template ?? (t === 'requests' ? model.tables.proactive?.template : null) ?? fallback];
  return [
    ...pick('proactive').relations.filter((r) => r.at.table === 'proactive'),
    ...pick('requests').relations.filter((r) => r.at.table === 'requests'),
    ...TEMPLATES['2021'].relations.filter((r) => r.at.table === 'appeals'),
  ];
}

export interface RuleRun {
  findings: Finding[];
  checks: AuditResult['checks'];
  locations: Map<string, FindingLocation>;
}

export function runRules(model: ReportModel, opts: { now: Date; lang: Lang; rules?: readonly Rule[] }): RuleRun {
  return runNow(runRulesSteps(model, opts));
}

export function* runRulesSteps(model: ReportModel, opts: { now: Date; lang: Lang; rules?: readonly Rule[] }): Steps<RuleRun> {
  const relations = relationsFor(model);
  const ctx: RuleContext = { report: model, relations, now: opts.now, lang: opts.lang, derived: deriveFacts(model, relations) };
  const findings: Finding[] = [];
  const locations = new Map<string, FindingLocation>();
  const checks: AuditResult['checks'] = [];
  const occurrences = new Map<string, number>();
  for (const rule of opts.rules ?? RULES) {
    yield;
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
      const template = rule.meta.messages[d.messageId];
      if (!template) throw new Error(`rule ${rule.meta.id} has no message ${d.messageId}`);
      findings.push({
        id, rule: rule.meta.id, severity: d.severity ?? rule.meta.severity, status,
        section: d.section, table: d.table, block: d.block, row: d.row, column: d.column,
        expected: d.expected, actual: d.actual,
        message: format(template[opts.lang], d.params),
        cells: d.cells.map(({ table, block, row, column, text, role }) => ({ table, block, row, column, text, role })),
      });
      locations.set(id, {
        cells: d.cells.filter((c) => c.el).map((c) => ({ el: c.el!, role: c.role })),
        anchor: d.anchor ?? null,
      });
    }
    checks.push({ rule: rule.meta.id, checked, failed, review });
  }
  return { findings, checks, locations };
}

export function summarise(model: ReportModel): AuditResult['report'] {
  return {
    isReport: model.isReport, title: model.title, agency: model.agency, year: model.year, template: model.template,
    signedOn: model.signedOn, publishedOn: model.publishedOn,
    sections: model.sections.map((s) => s.key),
    tables: (['proactive', 'requests', 'appeals'] as const).filter((t) => model.tables[t]),
  };
}

export function audit(doc: Document, opts: AuditOptions): AuditOutcome {
  return runNow(auditSteps(doc, opts));
}

/**
 * The same audit in slices of at most `slicing.sliceMs`, giving the main thread back in between:
 * what the extension runs on a live page. timing.totalMs is the work time, pauses excluded.
 */
export async function auditSliced(doc: Document, opts: AuditOptions, slicing: SliceOptions): Promise<AuditOutcome & { longestSliceMs: number }> {
  const run = await runSliced(auditSteps(doc, opts), slicing);
  run.value.result.timing.totalMs = Math.round(run.workMs * 1000) / 1000;
  return { ...run.value, longestSliceMs: run.longestSliceMs };
}

export function* auditSteps(doc: Document, opts: AuditOptions): Steps<AuditOutcome> {
  const clock = opts.clock ?? (() => performance.now());
  const started = clock();
  const now = opts.now ?? new Date();
  const lang = opts.lang ?? 'zh';
  const model = mayBeReport(doc) ? yield* parseReportSteps(doc) : notAReport();
  const ran: RuleRun = model.isReport ? yield* runRulesSteps(model, { now, lang }) : { findings: [], checks: [], locations: new Map() };
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
  return { result, model, locations: ran.locations };
}
