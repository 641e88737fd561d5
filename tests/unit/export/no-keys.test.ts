// The exports an auditor reads (CSV, HTML report) and the command line's text name every place in
// the template's own words: no template key (requests, natural-person, art20-9, granted …) shows.
// Only the JSON export and data-* attributes carry keys.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { allSnippets } from '../../../components/auditor/snippets';
import { formatText } from '../../../lib/cli/format-text';
import { toCsv, toHtmlReport } from '../../../lib/export';
import { auditPage } from '../../../lib/sources/html/page-audit';
import { FIXTURE_NOW, fixtureNames, loadDocument } from '../../support/fixtures';
import { TEMPLATE_KEYS, keysIn } from '../../support/template-keys';
import { purify } from './sample';

/** CSV columns a person reads (page URL, rule id and numbers are not words). */
const HUMAN_CSV_COLUMNS = [1, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14];

function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field); rows.push(row); row = []; field = ''; i++;
    } else field += c;
  }
  return rows;
}

/** The report's text as read, without the rule ids (identifiers an auditor quotes, not keys). */
function htmlText(html: string): string {
  const doc = new JSDOM(html).window.document;
  for (const el of doc.querySelectorAll('.rule-id, .finding-id, style, title')) el.remove();
  return doc.body.textContent ?? '';
}

describe('the template keys', () => {
  it('are collected from the templates', () => {
    for (const k of ['requests', 'natural-person', 'art20-9', 'granted', 'in-force', 'suit-direct']) expect(TEMPLATE_KEYS).toContain(k);
  });

  it('are found as words, not inside rule ids', () => {
    expect(keysIn('t3-row-total 「（七）总计」')).toEqual([]);
    expect(keysIn('行 granted 列 total')).toEqual(['granted', 'total']);
  });
});

describe.each(fixtureNames())('fixture %s in the auditor\'s words', (name) => {
  const { result, locations } = auditPage(loadDocument(name), { source: `${name}.html`, now: FIXTURE_NOW });
  const input = { result, dismissals: [], snippets: allSnippets(result.findings.map((f) => f.id), locations), lang: 'zh' as const };

  it('CSV has no template key in its text columns', () => {
    const rows = csvRows(toCsv(input));
    for (const r of rows) {
      const text = HUMAN_CSV_COLUMNS.map((i) => r[i] ?? '').join(' | ');
      expect({ rule: r[2], keys: keysIn(text) }).toEqual({ rule: r[2], keys: [] });
    }
  });

  it('HTML report has no template key in its text', () => {
    expect(keysIn(htmlText(toHtmlReport(input, purify)))).toEqual([]);
  });

  it('CLI text has no template key', () => {
    const text = formatText(result, 'zh').split('\n').slice(1).join('\n');
    expect(keysIn(text)).toEqual([]);
    expect(text).not.toMatch(/模板：(mixed|unknown)/);
  });
});
