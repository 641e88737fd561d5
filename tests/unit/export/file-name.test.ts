// Export file names keep the Chinese title and lose only what file systems refuse.
import { describe, expect, it } from 'vitest';
import { EXPORTERS, EXPORT_FORMATS, exportFileName, safeFileNamePart } from '../../../lib/export';
import { AuditResultSchema } from '../../../lib/result/schema';
import { TITLE, sampleInput, sampleResult } from './sample';

function withTitle(title: string | null, source?: string) {
  const base = sampleResult();
  return AuditResultSchema.parse({ ...base, source: source ?? base.source, report: { ...base.report, title } });
}

const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('exportFileName', () => {
  it('keeps the report\'s Chinese title', () => {
    expect(exportFileName(sampleInput(), 'csv')).toBe(`${TITLE}-审核结果.csv`);
    expect(exportFileName(sampleInput(), 'json')).toBe(`${TITLE}-审核结果.json`);
    expect(exportFileName(sampleInput(), 'html')).toBe(`${TITLE}-审核结果.html`);
    expect(exportFileName(sampleInput({ lang: 'en' }), 'csv')).toBe(`${TITLE}-audit.csv`);
  });

  it('replaces only characters illegal in file names, and drops control characters', () => {
    const name = exportFileName(sampleInput({ result: withTitle('市政府/办公厅：2021年度<报告>"草稿"?*|\\\u0007\u202e第二版\n（修订）') }), 'csv');
    // "/" "<" ">" "\"" "?" "*" "|" "\\" each become "_"; the bell and the RTL override go; the line break
    // becomes a space; the full-width colon is a legal character and stays.
    expect(name).toBe('市政府_办公厅：2021年度_报告__草稿_____第二版 （修订）-审核结果.csv');
    // eslint-disable-next-line no-control-regex
    expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f\u202e]/);
    expect(name).toContain('市政府');
    expect(name).toContain('（修订）');
  });

  it('trims the length, on character boundaries', () => {
    const long = '某某省某某市某某区人民政府办公室'.repeat(20) + '𠀀'.repeat(5);
    const name = exportFileName(sampleInput({ result: withTitle(long) }), 'html');
    expect(name.endsWith('-审核结果.html')).toBe(true);
    expect(utf8(name)).toBeLessThanOrEqual(200);
    expect(name.startsWith('某某省某某市')).toBe(true);
    expect(name).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
  });

  it('falls back to the page title, the host name, then 审核结果', () => {
    expect(exportFileName(sampleInput({ result: withTitle(null), pageTitle: '互助县人民政府 - 年报' }), 'csv')).toBe('互助县人民政府 - 年报-审核结果.csv');
    expect(exportFileName(sampleInput({ result: withTitle(null) }), 'csv')).toBe('www.huzhu.gov.cn-审核结果.csv');
    expect(exportFileName(sampleInput({ result: withTitle('  ', '/home/auditor/报告.html') }), 'json')).toBe('审核结果.json');
    expect(exportFileName(sampleInput({ result: withTitle('???', 'about:blank') }), 'csv')).toBe('审核结果.csv');
  });

  it('never starts with a dot or names a Windows device', () => {
    expect(safeFileNamePart('..隐藏')).toBe('隐藏');
    expect(safeFileNamePart('CON')).toBe('_CON');
    expect(safeFileNamePart('nul.报告')).toBe('_nul.报告');
    expect(safeFileNamePart('CONTROL')).toBe('CONTROL');
  });
});

describe('EXPORTERS', () => {
  it('lists csv, json and html with a mime type, an extension and a label in both languages', () => {
    expect(Object.keys(EXPORTERS).sort()).toEqual([...EXPORT_FORMATS].sort());
    for (const f of EXPORT_FORMATS) {
      const e = EXPORTERS[f];
      expect(e.format).toBe(f);
      expect(e.extension).toBe(f);
      expect(e.mime).toMatch(/^[a-z]+\/[a-z]+/);
      expect(e.label.zh).toMatch(/\S/);
      expect(e.label.en).toMatch(/\S/);
    }
    expect(EXPORTERS.csv.mime).toBe('text/csv;charset=utf-8');
  });
});
