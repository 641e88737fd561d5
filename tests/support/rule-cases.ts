// Table-driven rule tests: each case is a page built by report-builder (a clean page with one
// planted defect) and the findings of ONE rule it must produce, exactly.
import { describe, expect, it } from 'vitest';
import { auditPage as audit } from '../../lib/sources/html/page-audit';
import type { Lang } from '../../lib/i18n/lang';
import type { AuditResult, Finding } from '../../lib/result/schema';
import { AuditResultSchema } from '../../lib/result/schema';
import { documentFromHtml } from './fixtures';
import { buildReportHtml } from './report-builder';
import type { ReportOptions, SectionKey, TableKey } from './report-builder';

/** "Today" of every rule test unless a case says otherwise. */
export const NOW = new Date('2026-11-23T08:00:00Z');

export function auditPage(page: ReportOptions, opts: { now?: Date; lang?: Lang } = {}): AuditResult {
  const doc = documentFromHtml(buildReportHtml(page));
  return audit(doc, { source: 'https://www.example.gov.cn/xxgk/report.html', now: opts.now ?? NOW, lang: opts.lang ?? 'zh' }).result;
}

export type Role = 'total' | 'part' | 'value' | 'blocking';

export interface CellExpect {
  /** Default: the finding's table. */
  table?: TableKey;
  block?: string | null;
  row: string;
  column: string;
  role: Role;
}

export interface FindingExpect {
  severity: 'error' | 'warning' | 'info';
  status?: 'fail' | 'review';
  section?: SectionKey | null;
  table?: TableKey | null;
  block?: string | null;
  row?: string | null;
  column?: string | null;
  /** Compared when given (null included). */
  expected?: number | null;
  actual?: number | null;
  /** The exact set of cells (order ignored). */
  cells?: CellExpect[];
  /** The exact set of cells by place only (row, column; block as given), roles not compared. */
  cellPlaces?: [row: string, column: string][];
  /** Only the number of cells. */
  cellCount?: number;
  /** The Chinese message contains each of these. */
  message?: (string | RegExp)[];
  /** The Chinese message contains none of these. */
  messageNot?: (string | RegExp)[];
  /** The English message contains each of these. */
  messageEn?: (string | RegExp)[];
}

export interface RuleCase {
  name: string;
  page: ReportOptions;
  now?: Date;
  /** Findings of the rule under test (exactly these). Valid cases: []. */
  findings?: FindingExpect[];
  /** The page has no finding of any other rule either. */
  alone?: boolean;
  /** Fields of the report summary (compared key by key). */
  report?: Partial<AuditResult['report']>;
  /** Rules that must have no finding on this page. */
  absent?: string[];
  /** Findings of other rules that must be there as well (keys compared, not exclusive). */
  with?: ({ rule: string } & FindingExpect)[];
}

/** Blanks/placeholders read as zero, as the message must say (rules.md). */
export const BLANKS_NOTE_ZH = /空白.{0,6}(按|作|视为|当作)\s*0|按\s*0\s*计/;
export const BLANKS_NOTE_EN = /blank.{0,20}(as|read as)\s*(0|zero)/i;

const CJK = /[\u4e00-\u9fff]/;

function keyOf(f: { severity: string; status?: string; section?: string | null; table?: string | null; block?: string | null; row?: string | null; column?: string | null }): string {
  return [f.severity, f.status ?? 'fail', f.section ?? null, f.table ?? null, f.block ?? null, f.row ?? null, f.column ?? null]
    .map((v) => v ?? '-').join(' | ');
}

function cellKeys(cells: Finding['cells']): string[] {
  return cells.map((c) => `${c.table}|${c.block ?? '-'}|${c.row}|${c.column}|${c.role}`).sort();
}

function matches(text: string, p: string | RegExp): boolean {
  return typeof p === 'string' ? text.includes(p) : p.test(text);
}

/** Checks one finding's details; throws (via expect) when it does not fit. */
function checkDetails(actual: Finding, exp: FindingExpect, en: Finding | undefined): void {
  if (exp.expected !== undefined) expect(actual.expected, 'expected').toBe(exp.expected);
  if (exp.actual !== undefined) expect(actual.actual, 'actual').toBe(exp.actual);
  if (exp.cells) {
    const want = exp.cells.map((c) => `${c.table ?? actual.table}|${c.block ?? '-'}|${c.row}|${c.column}|${c.role}`).sort();
    expect(cellKeys(actual.cells), 'cells').toEqual(want);
  }
  if (exp.cellPlaces) {
    expect(actual.cells.map((c) => `${c.row}|${c.column}`).sort(), 'cell places').toEqual(exp.cellPlaces.map(([r, c]) => `${r}|${c}`).sort());
  }
  if (exp.cellCount !== undefined) expect(actual.cells.length, 'cell count').toBe(exp.cellCount);
  for (const p of exp.message ?? []) expect(matches(actual.message, p), `zh message «${actual.message}» contains ${String(p)}`).toBe(true);
  for (const p of exp.messageNot ?? []) expect(matches(actual.message, p), `zh message «${actual.message}» does not contain ${String(p)}`).toBe(false);
  for (const p of exp.messageEn ?? []) {
    expect(en, 'English finding').toBeDefined();
    expect(matches(en!.message, p), `en message «${en!.message}» contains ${String(p)}`).toBe(true);
  }
}

function hasDetails(e: FindingExpect): boolean {
  return e.expected !== undefined || e.actual !== undefined || !!e.cells || !!e.cellPlaces || e.cellCount !== undefined
    || !!e.message?.length || !!e.messageNot?.length || !!e.messageEn?.length;
}

export function runCase(ruleId: string, c: RuleCase): void {
  const result = auditPage(c.page, { now: c.now });
  expect(AuditResultSchema.safeParse(result).success, 'result matches the schema').toBe(true);
  expect(result.report.isReport, 'the page is read as a report').toBe(true);
  if (c.report) expect(result.report).toMatchObject(c.report);
  const mine = result.findings.filter((f) => f.rule === ruleId);
  const expected = c.findings ?? [];

  // Exactly the expected findings of this rule, on their keys.
  expect(mine.map(keyOf).sort(), `findings of ${ruleId}`).toEqual(expected.map(keyOf).sort());

  // The rule ran, and its counts agree with its findings.
  const check = result.checks.find((ch) => ch.rule === ruleId);
  expect(check, `checks entry for ${ruleId}`).toBeDefined();
  expect(check!.failed + check!.review).toBe(mine.length);
  expect(check!.review).toBe(mine.filter((f) => f.status === 'review').length);
  expect(check!.checked).toBeGreaterThanOrEqual(mine.length);

  // Messages: Chinese by default, English with lang 'en'; ids do not depend on the language.
  const resultEn = expected.length > 0 ? auditPage(c.page, { now: c.now, lang: 'en' }) : null;
  const mineEn = resultEn ? resultEn.findings.filter((f) => f.rule === ruleId) : [];
  for (const f of mine) {
    expect(f.message.length, 'message is not empty').toBeGreaterThan(0);
    expect(CJK.test(f.message), `zh message «${f.message}» is Chinese`).toBe(true);
    const en = mineEn.find((g) => g.id === f.id);
    expect(en, `the English audit has finding ${f.id} too`).toBeDefined();
    expect(en!.message.length).toBeGreaterThan(0);
    expect(/[A-Za-z]{3,}/.test(en!.message), `en message «${en!.message}» is English`).toBe(true);
    // The page's own words (labels, headings) may stay Chinese inside it; the sentence is English.
    expect(en!.message).not.toBe(f.message);
  }
  if (resultEn) expect(mineEn.length).toBe(mine.length);

  // Details of each expected finding, matched to a finding with the same keys.
  for (const exp of expected.filter(hasDetails)) checkSome(mine, exp, mineEn);

  // Ids: unique on the page, and stable: a fresh audit of the same page gives the same ids.
  const ids = result.findings.map((f) => f.id);
  expect(new Set(ids).size, 'finding ids are unique').toBe(ids.length);
  if (mine.length > 0) {
    const again = auditPage(c.page, { now: c.now }).findings.filter((f) => f.rule === ruleId);
    expect(again.map((f) => f.id).sort()).toEqual(mine.map((f) => f.id).sort());
  }

  if (c.alone) {
    expect(result.findings.map((f) => `${f.rule} | ${keyOf(f)}`).sort(), 'no finding of another rule')
      .toEqual(mine.map((f) => `${f.rule} | ${keyOf(f)}`).sort());
  }
  for (const rule of c.absent ?? []) {
    expect(result.findings.filter((f) => f.rule === rule).map((f) => `${f.rule} | ${keyOf(f)}`), `no ${rule} finding`).toEqual([]);
  }
  for (const w of c.with ?? []) {
    const found = result.findings.filter((f) => f.rule === w.rule && keyOf(f) === keyOf(w));
    expect(found.length, `a ${w.rule} finding ${keyOf(w)}`).toBeGreaterThan(0);
    if (hasDetails(w)) {
      const en = w.messageEn?.length ? auditPage(c.page, { now: c.now, lang: 'en' }).findings : [];
      checkSome(found, w, en);
    }
  }
}

/** Some finding among `candidates` with the keys of `exp` has its details. */
function checkSome(candidates: Finding[], exp: FindingExpect, en: Finding[]): void {
  const errors: unknown[] = [];
  const ok = candidates.filter((f) => keyOf(f) === keyOf(exp)).some((f) => {
    try {
      checkDetails(f, exp, en.find((g) => g.id === f.id));
      return true;
    } catch (e) {
      errors.push(e);
      return false;
    }
  });
  if (!ok) throw errors[0] ?? new Error(`no finding with keys ${keyOf(exp)}`);
}

/** One describe block per rule: valid cases (no finding of the rule) and invalid cases. */
export function ruleCases(ruleId: string, cases: { valid: RuleCase[]; invalid: RuleCase[] }): void {
  describe(ruleId, () => {
    describe('valid: no finding', () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(c.findings ?? []).toEqual([]);
        runCase(ruleId, c);
      });
    });
    describe('invalid: exactly the expected findings', () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect((c.findings ?? []).length, 'an invalid case expects findings').toBeGreaterThan(0);
        runCase(ruleId, c);
      });
    });
  });
}

