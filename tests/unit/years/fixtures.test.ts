// The consecutive-year fixture groups (tests/fixtures/years/*.expected.json) through the command
// line and through withPrevious: which report is compared with which, what each across-years rule
// checked, and its findings, exactly.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../lib/cli/main';
import type { AuditResult, Finding } from '../../../lib/result/schema';
import { AuditResultSchema } from '../../../lib/result/schema';
import { auditPage } from '../../../lib/sources/html/page-audit';
import { previousYearOf } from '../../../lib/years/pairing';
import { withPrevious } from '../../../lib/years/with-previous';
import { FIXTURE_NOW, documentFromHtml } from '../../support/fixtures';

const YEARS_DIR = fileURLToPath(new URL('../../fixtures/years/', import.meta.url));

interface ExpectedReport {
  input: string;
  previous: string | null;
  /** Per across-years rule: how many it checked, or why it did not run. */
  checks: Record<string, number | string>;
  findings: (Pick<Finding, 'rule' | 'severity' | 'status' | 'section' | 'table' | 'block' | 'row' | 'column' | 'expected' | 'actual'> & {
    cells: { row: string; column: string; text: string; role: string; year?: number }[];
  })[];
}

interface Group {
  description: string;
  inputs: string[];
  reports: ExpectedReport[];
}

const GROUPS = readdirSync(YEARS_DIR).filter((f) => f.endsWith('.expected.json')).sort()
  .map((f) => [f.replace(/\.expected\.json$/, ''), JSON.parse(readFileSync(join(YEARS_DIR, f), 'utf8')) as Group] as const);

const pathOf = (input: string) => join(YEARS_DIR, input);

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), now: FIXTURE_NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function cliJson(paths: string[]): Promise<AuditResult[]> {
  const { code, out, err } = await cli(['--json', ...paths]);
  expect({ code, err }).toEqual({ code: 0, err: '' });
  return (JSON.parse(out) as unknown[]).map((r) => AuditResultSchema.parse(r));
}

function acrossYears(result: AuditResult, inputOf: (source: string) => string): Omit<ExpectedReport, 'input'> {
  const findings = result.findings.filter((f) => f.rule.startsWith('x-'));
  const previous = [...new Set(findings.map((f) => f.previous?.source))];
  return {
    previous: previous.length === 1 && previous[0] ? inputOf(previous[0]) : null,
    checks: Object.fromEntries(result.checks.filter((c) => c.rule.startsWith('x-')).map((c) => [c.rule, c.notRun ?? c.checked])),
    findings: findings.map((f) => ({
      rule: f.rule, severity: f.severity, status: f.status, section: f.section, table: f.table, block: f.block, row: f.row, column: f.column,
      expected: f.expected, actual: f.actual,
      cells: f.cells.map((c) => ({ row: c.row, column: c.column, text: c.text, role: c.role, ...(c.year === undefined ? {} : { year: c.year }) })),
    })),
  };
}

/** A report with findings names its last year in them; one without is checked by its pairing. */
function expectedView(r: ExpectedReport): Omit<ExpectedReport, 'input'> {
  return { previous: r.findings.length > 0 ? r.previous : null, checks: r.checks, findings: r.findings };
}

describe.each(GROUPS)('years group %s', (_name, group) => {
  const paths = group.inputs.map(pathOf);
  const inputOf = (source: string) => group.inputs[paths.indexOf(source)] ?? source;

  it('through the command line: every report in input order, with its across-years findings exactly', async () => {
    const results = await cliJson(paths);
    expect(results.map((r) => r.source)).toEqual(paths);
    results.forEach((r, i) => {
      expect({ input: group.inputs[i], ...acrossYears(r, inputOf) }).toEqual({ input: group.reports[i]!.input, ...expectedView(group.reports[i]!) });
      // The summary counts the across-years findings with the others.
      const counts = { error: 0, warning: 0, info: 0 };
      for (const f of r.findings) counts[f.severity]++;
      expect(r.summary).toEqual(counts);
      // Nothing but the across-years findings: every page is clean on its own.
      expect(r.findings.filter((f) => !f.rule.startsWith('x-'))).toEqual([]);
    });
  });

  it('through previousYearOf and withPrevious: the same pairs and the same findings', () => {
    const audited = paths.map((p) => ({
      source: p, ...auditPage(documentFromHtml(readFileSync(p), pathToFileURL(p).href), { source: p, now: FIXTURE_NOW }),
    }));
    const previous = previousYearOf(audited);
    expect(previous.map((p) => (p ? inputOf(p.source) : null))).toEqual(group.reports.map((r) => r.previous));
    audited.forEach((a, i) => {
      const last = previous[i];
      const result = last ? withPrevious(a, { model: last.model, source: last.source }, { lang: 'zh' }).result : a.result;
      expect(acrossYears(result, inputOf)).toEqual(expectedView(group.reports[i]!));
    });
  });

  it('gives one input alone no across-years finding and says they need last year’s report', async () => {
    const results = await cliJson([paths[0]!]);
    const r = results[0]!;
    expect(r.findings.filter((f) => f.rule.startsWith('x-'))).toEqual([]);
    const x = r.checks.filter((c) => c.rule.startsWith('x-'));
    expect(x.map((c) => c.rule)).toEqual(['x-carry-over', 'x-in-force', 'x-prev-items', 'x-jump']);
    for (const c of x) expect(c).toEqual({ rule: c.rule, checked: 0, failed: 0, review: 0, notRun: 'needs-previous' });
  });
});

describe('what is not compared', () => {
  const ningan2024 = pathOf('ningan-2024.html');
  const ningan2023 = pathOf('../pages/clean-2021-city-bureau.html');

  it('does not compare years that are not consecutive (2024 with 2022)', async () => {
    const results = await cliJson([ningan2024, pathOf('ningan-2022.html')]);
    for (const r of results) {
      expect(r.findings.filter((f) => f.rule.startsWith('x-'))).toEqual([]);
      expect(r.checks.find((c) => c.rule === 'x-carry-over')!.notRun).toBe('needs-previous');
    }
  });

  it('does not compare the reports of two bodies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-years-'));
    const other = join(dir, 'other-body-2023.html');
    writeFileSync(other, readFileSync(ningan2023, 'utf8').replaceAll('宁安市生态环境局', '宁安市自然资源局'));
    const [r2024, rOther] = await cliJson([ningan2024, other]);
    expect(rOther!.report.agency).toBe('宁安市自然资源局');
    expect(r2024!.findings.filter((f) => f.rule.startsWith('x-'))).toEqual([]);
    expect(r2024!.checks.find((c) => c.rule === 'x-carry-over')!.notRun).toBe('needs-previous');
  });

  it('shows last year’s report under an across-years finding in the text output', async () => {
    const { out } = await cli([ningan2024, ningan2023]);
    const lines = out.split('\n');
    const i = lines.findIndex((l) => / x-carry-over /.test(l));
    expect(i).toBeGreaterThan(-1);
    expect(lines[i + 1]).toBe(`      比对的上年报告：2023 年度《宁安市生态环境局2023年政府信息公开工作年度报告》 ${ningan2023}`);
    expect(out).toContain('错误 2 · 警告 1 · 提示 1');
  });
});
