// x-prev-items: 2019 template both years, art20-5/6/8 rows: this year's 上一年项目数量 = last year's + 本年增/减.
import { describe, expect, it } from 'vitest';
import { BLANKS_NOTE_ZH } from '../../support/rule-cases';
import { cellList, checkOf, compare, findingsOf, lastYear2019 } from './across-years-cases';

const THIS_2020 = { template: '2019' as const, year: 2020 };

describe('x-prev-items', () => {
  it('passes when all five rows continue last year', () => {
    const { result } = compare(THIS_2020, lastYear2019());
    expect(findingsOf(result, 'x-prev-items')).toEqual([]);
    expect(checkOf(result, 'x-prev-items')).toEqual({ rule: 'x-prev-items', checked: 5, failed: 0, review: 0 });
  });

  it('warns on the row whose count does not continue, with last year’s items and change', () => {
    const { result } = compare(THIS_2020, lastYear2019({ values: { proactive: { 'art20-6/penalty/prev-items': 10 } } }));
    const [f, ...rest] = findingsOf(result, 'x-prev-items');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'warning', status: 'fail', section: 'proactive', table: 'proactive', block: 'art20-6', row: 'penalty', column: 'prev-items',
      expected: 11, actual: 8, previous: { year: 2019, title: '宁安市生态环境局2019年政府信息公开工作年度报告' },
    });
    expect(cellList(f!)).toEqual(['art20-6/penalty/change part 2019', 'art20-6/penalty/prev-items part 2019', 'art20-6/penalty/prev-items total']);
    expect(f!.message).toBe('表二（主动公开）第二十条第（六）项「行政处罚」行：本年「上一年项目数量」为 8，2019 年度报告《宁安市生态环境局2019年政府信息公开工作年度报告》「上一年项目数量」10 加「本年增/减」1，应为 11');
  });

  it('reads last year’s blank change as 0 and says so', () => {
    const { result } = compare(THIS_2020, lastYear2019({ cells: { proactive: { 'art20-5/licensing/change': '' } } }));
    const [f] = findingsOf(result, 'x-prev-items');
    expect(f).toMatchObject({ block: 'art20-5', row: 'licensing', expected: 10, actual: 12 });
    expect(f!.message).toMatch(BLANKS_NOTE_ZH);
  });

  it('asks for review when last year’s count is text', () => {
    const { result } = compare(THIS_2020, lastYear2019({ cells: { proactive: { 'art20-8/fees/prev-items': '不详' } } }));
    const [f] = findingsOf(result, 'x-prev-items');
    expect(f).toMatchObject({ status: 'review', block: 'art20-8', row: 'fees' });
    expect(cellList(f!)).toContain('art20-8/fees/prev-items blocking 2019');
  });

  it('does not apply to a 2021-template year', () => {
    const { result } = compare({ year: 2021 }, lastYear2019({ year: 2020 }));
    expect(checkOf(result, 'x-prev-items')).toEqual({ rule: 'x-prev-items', checked: 0, failed: 0, review: 0 });
  });
});
