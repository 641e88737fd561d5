// Every PDF fixture against the findings its expected file states, exactly; and against the page
// it was made from: every table-derived finding of the page found in the PDF (but those on what
// the file does not hold, which its expected file names), nothing else table-derived but the
// file's own table-cut, the same year and template.
import { beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../../lib/audit';
import { auditPage } from '../../../lib/sources/html/page-audit';
import { pdfSource } from '../../../lib/sources/pdf/source';
import { AuditResultSchema } from '../../../lib/result/schema';
import type { AuditResult } from '../../../lib/result/schema';
import { FIXTURE_NOW, findingKey, loadDocument } from '../../support/fixtures';
import { isTableDerived, loadPdf, loadPdfExpected, pdfFixtureNames } from '../../support/pdf-fixtures';

describe.each(pdfFixtureNames())('PDF fixture %s', (name) => {
  const expected = loadPdfExpected(name);
  let result: AuditResult;
  // Reading a PDF takes pdf.js a second or so on a busy machine: once per fixture, given time.
  beforeAll(async () => {
    result = audit(await pdfSource(loadPdf(name)), { source: `${name}.pdf`, now: FIXTURE_NOW }).result;
  }, 60_000);

  it('matches the schema of result-format.md', () => {
    expect(AuditResultSchema.safeParse(result).success).toBe(true);
  });

  it('reads the report as stated', () => {
    for (const [key, value] of Object.entries(expected.report)) {
      expect({ key, value: result.report[key as keyof typeof result.report] }).toEqual({ key, value });
    }
  });

  it('finds exactly the expected findings', () => {
    expect(result.findings.map(findingKey).sort()).toEqual(expected.findings.map(findingKey).sort());
  });
});

const pairs = pdfFixtureNames().filter((name) => loadPdfExpected(name).fromPage !== null);

describe.each(pairs)('PDF fixture %s against its page', (name) => {
  it('finds the table-derived findings of its page, and no other, with its year and template', { timeout: 60_000 }, async () => {
    const expected = loadPdfExpected(name);
    const from = expected.fromPage!;
    const result = audit(await pdfSource(loadPdf(name)), { source: `${name}.pdf`, now: FIXTURE_NOW }).result;
    const page = auditPage(loadDocument(from), { source: `${from}.html`, now: FIXTURE_NOW }).result;
    const notInFile = new Set((expected.notInFile ?? []).map(findingKey));
    const tableKeys = (fs: typeof result.findings) => fs.filter(isTableDerived).map(findingKey).sort();
    expect(tableKeys(result.findings.filter((f) => f.rule !== 'table-cut'))).toEqual(tableKeys(page.findings).filter((k) => !notInFile.has(k)));
    // What the file does not hold is the page's, and the file says why.
    for (const key of notInFile) expect(tableKeys(page.findings)).toContain(key);
    if (notInFile.size > 0) expect(result.findings.some((f) => f.rule === 'table-cut')).toBe(true);
    expect(result.report.tables).toEqual(page.report.tables);
    expect({ year: result.report.year, template: result.report.template }).toEqual({ year: page.report.year, template: page.report.template });
  });
});
