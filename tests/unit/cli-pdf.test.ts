// The command line on PDF files: a PDF's text layer is audited as the page it was made from; a
// scan is said to be one; a file that is not a whole PDF is named with its reason.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../lib/cli/main';
import { AuditResultSchema } from '../../lib/result/schema';
import { FIXTURE_NOW, PAGES_DIR, findingKey } from '../support/fixtures';
import { PDF_DIR, isTableDerived, loadPdf } from '../support/pdf-fixtures';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), now: FIXTURE_NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('xxgk-audit on PDF files', { timeout: 60_000 }, () => {
  it('prints the result of a PDF with the table findings of its page', async () => {
    const [pdf, page] = await Promise.all([
      run([`${PDF_DIR}libreoffice-defect-arith-2021.pdf`, '--json']), run([`${PAGES_DIR}defect-arith-2021.html`, '--json']),
    ]);
    expect({ code: pdf.code, err: pdf.err }).toEqual({ code: 0, err: '' });
    const [fromPdf] = (JSON.parse(pdf.out) as unknown[]).map((r) => AuditResultSchema.parse(r));
    const [fromPage] = (JSON.parse(page.out) as unknown[]).map((r) => AuditResultSchema.parse(r));
    expect(fromPdf!.source).toBe(`${PDF_DIR}libreoffice-defect-arith-2021.pdf`);
    const tableKeys = (r: typeof fromPdf) => r!.findings.filter(isTableDerived).map(findingKey).sort();
    expect(tableKeys(fromPdf)).toEqual(tableKeys(fromPage));
    expect(tableKeys(fromPdf).length).toBeGreaterThan(0);
    expect({ year: fromPdf!.report.year, template: fromPdf!.report.template }).toEqual({ year: 2022, template: '2021' });
  });

  it('says a scan has no text layer, and raises nothing on it', async () => {
    const file = `${PDF_DIR}scan-clean-2021.pdf`;
    const { code, out, err } = await run([file, '--json']);
    expect(code).toBe(0);
    expect(err).toBe(`xxgk-audit: ${file}：扫描件，无文字层，无法自动核对`);
    expect(AuditResultSchema.parse((JSON.parse(out) as unknown[])[0]).findings).toEqual([]);
  });

  it('names an encrypted or truncated PDF and its reason, and audits the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-pdf-'));
    const cut = join(dir, 'cut.pdf');
    const whole = loadPdf('libreoffice-clean-2021-city-bureau');
    writeFileSync(cut, whole.subarray(0, whole.length >> 1));
    const locked = `${PDF_DIR}libreoffice-encrypted.pdf`;
    const { code, out, err } = await run(['--lang', 'en', '--json', locked, cut, `${PDF_DIR}libreoffice-clean-2021-city-bureau.pdf`]);
    expect(code).toBe(1);
    expect(err.split('\n')).toEqual([
      `xxgk-audit: cannot read ${locked}: the PDF is encrypted and cannot be read`,
      `xxgk-audit: cannot read ${cut}: the PDF is incomplete (truncated)`,
    ]);
    const entries = JSON.parse(out) as { source: string; error?: { code: string } }[];
    expect(entries.map((e) => [e.source, e.error?.code ?? null])).toEqual([[locked, 'unsupported'], [cut, 'binary'], [`${PDF_DIR}libreoffice-clean-2021-city-bureau.pdf`, null]]);
  });
});
