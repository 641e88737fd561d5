// The exports on a real audit: a fixture page through the engine, snippets copied the way the
// content script would (the <tr>s of each finding's cells inside a <table>).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditPage as audit } from '../../../lib/sources/html/page-audit';
import { EXPORTERS, EXPORT_FORMATS, ExportedResultSchema, exportFileName } from '../../../lib/export';
import type { ExportInput } from '../../../lib/export';
import { DismissalSchema } from '../../../lib/result/dismissal';
import { AuditResultSchema } from '../../../lib/result/schema';
import { FIXTURE_NOW, loadDocument } from '../../support/fixtures';
import { purify } from './sample';

const { result, locations } = audit(loadDocument('defect-arith-2021'), {
  source: 'https://www.fenglin.gov.cn/zwgk/ndbg/202301/t20230118_1.html', now: FIXTURE_NOW,
});

function snippetsOf(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, loc] of locations) {
    const rows = [...new Set(loc.cells.map((c) => c.el.closest('tr')).filter((tr): tr is HTMLTableRowElement => tr !== null))];
    if (rows.length > 0) out[id] = `<table>${rows.map((tr) => tr.outerHTML).join('')}</table>`;
  }
  return out;
}

describe('exports of a real audit', () => {
  const first = result.findings[0]!;
  const input: ExportInput = {
    result, snippets: snippetsOf(), lang: 'zh',
    dismissals: [DismissalSchema.parse({ findingId: first.id, reason: 'follow-up', at: '2026-11-25T01:00:00.000Z' })],
  };

  it('starts from a valid result with findings and snippets', () => {
    expect(AuditResultSchema.safeParse(result).success).toBe(true);
    expect(result.findings.length).toBeGreaterThan(2);
    expect(Object.keys(input.snippets).length).toBeGreaterThan(0);
  });

  it('renders every format through the registry', () => {
    const out = Object.fromEntries(EXPORT_FORMATS.map((f) => [f, EXPORTERS[f].render(input, { sanitize: purify })]));
    expect(out.csv!.split('\r\n').filter(Boolean)).toHaveLength(result.findings.length + 1);
    expect(ExportedResultSchema.parse(JSON.parse(out.json!)).findings).toEqual(result.findings);
    const html = out.html!;
    expect(html).not.toMatch(/<script|<[^>]*\son[a-z]+\s*=/i);
    const doc = new JSDOM(html).window.document;
    const snippetEls = Array.from(doc.querySelectorAll('.snippet table, .snippet table *'));
    expect(snippetEls.length).toBeGreaterThan(0);
    for (const el of snippetEls) for (const a of Array.from(el.attributes)) expect(['colspan', 'rowspan']).toContain(a.name);
    expect(doc.querySelector('.snippet')?.textContent).toMatch(/\d/);
    expect(html).toContain('丰林市市场监督管理局');
    expect(html).toContain('待跟进（2026-11-25）');
    for (const f of result.findings) expect(html).toContain(`id="f-${f.id}"`);
    expect(exportFileName(input, 'html')).toBe(`${result.report.title}-审核结果.html`);
  });
});
