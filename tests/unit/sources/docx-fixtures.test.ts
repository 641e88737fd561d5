// Every Word fixture (tests/fixtures/docx: LibreOffice's .docx of a fixture page, made by
// tests/tools/make-docx-fixtures.mjs) against the findings its expected file states, exactly; and
// each against its page: the same report read, the same findings at the same places.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { audit } from '../../../lib/audit';
import { AuditResultSchema } from '../../../lib/result/schema';
import { openDocument } from '../../../lib/sources/read-document';
import type { Expected } from '../../support/fixtures';
import { FIXTURE_NOW, PAGES_DIR, findingKey } from '../../support/fixtures';

const DOCX_DIR = fileURLToPath(new URL('../../fixtures/docx/', import.meta.url));
const names = readdirSync(DOCX_DIR).filter((f) => f.endsWith('.docx')).map((f) => f.slice(0, -'.docx'.length)).sort();

async function auditFile(path: string) {
  const opened = await openDocument(new Uint8Array(readFileSync(path)), null, path);
  return { format: opened.format, result: audit(opened.source, { source: path, now: FIXTURE_NOW }).result };
}

it('has a Word fixture of each template, of merged cells and of defects', () => {
  expect(names).toEqual(expect.arrayContaining([
    'clean-2019-county-gov', 'clean-2021-city-bureau', 'portal-12-old-format-2017', 'portal-02-proactive-rowspan-caption-2022', 'defect-arith-2021',
  ]));
});

describe.each(names)('Word fixture %s', (name) => {
  const expected = JSON.parse(readFileSync(`${DOCX_DIR}${name}.expected.json`, 'utf8')) as Expected;

  it('is read as a .docx and matches its expected findings exactly', async () => {
    const { format, result } = await auditFile(`${DOCX_DIR}${name}.docx`);
    expect(format).toBe('docx');
    expect(AuditResultSchema.safeParse(result).success).toBe(true);
    for (const [key, value] of Object.entries(expected.report)) {
      expect({ key, value: result.report[key as keyof typeof result.report] }).toEqual({ key, value });
    }
    expect(result.findings.map(findingKey).sort()).toEqual(expected.findings.map(findingKey).sort());
  });

  it('gives what its HTML rendering gives: report, findings and their cells', async () => {
    const [page, word] = await Promise.all([auditFile(`${PAGES_DIR}${name}.html`), auditFile(`${DOCX_DIR}${name}.docx`)]);
    expect(page.format).toBe('html');
    expect(word.result.report).toEqual(page.result.report);
    const keyed = (r: typeof page.result) => r.findings.map((f) => ({
      key: findingKey(f), expected: f.expected, actual: f.actual, cells: f.cells.map((c) => [c.table, c.block, c.row, c.column, c.text].join('|')),
    })).sort((a, b) => a.key.localeCompare(b.key));
    expect(keyed(word.result)).toEqual(keyed(page.result));
    expect(word.result.checks).toEqual(page.result.checks);
  });
});
