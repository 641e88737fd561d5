// The prose rules on the wave 2 fixture pages: what a finding carries besides its keys — the stated
// and the table's numbers, the sentence quoted, the cells compared, and the words to mark.
import { describe, expect, it } from 'vitest';
import { auditPage } from '../../../lib/sources/html/page-audit';
import { FIXTURE_NOW, loadDocument } from '../../support/fixtures';

function run(name: string, lang: 'zh' | 'en' = 'zh') {
  return auditPage(loadDocument(name), { source: name, now: FIXTURE_NOW, lang });
}

describe('text-count-mismatch', () => {
  const { result, locations } = run('text-count-percent-mismatch-2021');
  const f = result.findings.find((x) => x.rule === 'text-count-mismatch')!;

  it('gives the table value as expected and the stated count as actual, with both cells', () => {
    expect([f.expected, f.actual]).toEqual([43, 38]);
    expect(f.cells.map((c) => `${c.row}/${c.column}`)).toEqual(['granted/total', 'partly-granted/total']);
  });

  it('quotes the sentence as written, with its section', () => {
    expect(f.quote?.section).toBe('overview');
    expect(f.quote?.text).toContain('予以公开及部分公开38件');
  });

  it('names the rows in the template words, once the table, without the row note', () => {
    expect(f.message).toBe('正文「其中 予以公开及部分公开38件」写的是 38，表三（依申请公开）「（一）予以公开」行「总计」列 + 「（二）部分公开」行「总计」列合计为 43');
  });

  it('marks the stated number in its line of the page', () => {
    const words = locations.get(f.id)!.words!;
    expect(words.text).toBe('38');
    expect(words.el.textContent).toContain('38');
  });
});

describe('text-percent-mismatch', () => {
  it('computes the percentage of the stated count over the handled total', () => {
    const { result, locations } = run('text-count-percent-mismatch-2021');
    const f = result.findings.find((x) => x.rule === 'text-percent-mismatch')!;
    expect([f.expected, f.actual]).toEqual([12.5, 15.5]);
    expect(f.message).toContain('按 11 ÷ 88');
    expect(locations.get(f.id)!.words!.text).toBe('15.5%');
  });
});

describe('text-none-but-table', () => {
  it('reports each count the sentence denies that the table holds, in English too', () => {
    const { result } = run('text-none-but-appeals-2021', 'en');
    const found = result.findings.filter((x) => x.rule === 'text-none-but-table');
    expect(found.map((x) => [x.expected, x.actual])).toEqual([[4, 0], [3, 0]]);
    expect(found[1]!.message).toMatch(/^The text says none \(“本年度未发生因政府信息公开引起的行政复议、行政诉讼”\), but Table 4/);
  });
});

describe('statements that agree', () => {
  it('raise nothing, and the rules say how many they checked', () => {
    const { result } = run('text-clean-2021');
    expect(result.findings.filter((x) => x.rule.startsWith('text-'))).toEqual([]);
    const checked = Object.fromEntries(result.checks.filter((c) => c.rule.startsWith('text-')).map((c) => [c.rule, c.checked]));
    expect(checked['text-count-mismatch']).toBeGreaterThanOrEqual(10);
    expect(checked['text-percent-mismatch']).toBe(2);
  });
});
