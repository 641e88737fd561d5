// x-in-force: 2021 template both years, art20-1 rows: last year's in force + issued − repealed = in force.
import { describe, expect, it } from 'vitest';
import { BLANKS_NOTE_ZH } from '../../support/rule-cases';
import { cellList, checkOf, compare, findingsOf, lastYear2021 } from './across-years-cases';

describe('x-in-force', () => {
  it('passes when both rows continue last year', () => {
    const { result } = compare({}, lastYear2021());
    expect(findingsOf(result, 'x-in-force')).toEqual([]);
    expect(checkOf(result, 'x-in-force')).toEqual({ rule: 'x-in-force', checked: 2, failed: 0, review: 0 });
  });

  it('warns when this year’s in force is not last year’s plus issued minus repealed, naming all four numbers', () => {
    const { result } = compare({ values: { proactive: { 'art20-1/normative-docs/in-force': 15 } } }, lastYear2021());
    const [f, ...rest] = findingsOf(result, 'x-in-force');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'warning', status: 'fail', section: 'proactive', table: 'proactive', block: 'art20-1', row: 'normative-docs', column: 'in-force',
      expected: 12, actual: 15, previous: { year: 2022 },
    });
    expect(cellList(f!)).toEqual([
      'art20-1/normative-docs/in-force part 2022', 'art20-1/normative-docs/in-force total',
      'art20-1/normative-docs/issued part', 'art20-1/normative-docs/repealed part',
    ]);
    expect(f!.message).toBe('表二（主动公开）第二十条第（一）项「行政规范性文件」行：2022 年度报告《宁安市生态环境局2022年政府信息公开工作年度报告》「现行有效件数」为 10，加本年「本年制发件数」3、减「本年废止件数」1，应为 12，本年「现行有效件数」为 15（文件也可能未经废止而失效，请人工确认）');
    const en = findingsOf(compare({ values: { proactive: { 'art20-1/normative-docs/in-force': 15 } } }, lastYear2021(), 'en').result, 'x-in-force');
    expect(en[0]!.message).toContain('“现行有效件数” in the 2022 report “宁安市生态环境局2022年政府信息公开工作年度报告” is 10; plus 3');
    expect(en[0]!.message).toContain('gives 12, but this year’s “现行有效件数” is 15');
  });

  it('reads last year’s blank as 0 and says so', () => {
    const { result } = compare({}, lastYear2021({ cells: { proactive: { 'art20-1/rules/in-force': '' } } }));
    const [f] = findingsOf(result, 'x-in-force');
    expect(f).toMatchObject({ row: 'rules', expected: 1, actual: 5 });
    expect(f!.message).toMatch(BLANKS_NOTE_ZH);
  });

  it('asks for review when an operand is text', () => {
    const { result } = compare({ cells: { proactive: { 'art20-1/rules/issued': '若干' } } }, lastYear2021());
    const [f] = findingsOf(result, 'x-in-force');
    expect(f).toMatchObject({ status: 'review', severity: 'warning', row: 'rules' });
    expect(cellList(f!)).toContain('art20-1/rules/issued blocking');
  });

  it('does not apply across the 2020 → 2021 template change', () => {
    const { result } = compare({ year: 2021 }, { template: '2019', year: 2020 });
    expect(findingsOf(result, 'x-in-force')).toEqual([]);
    expect(checkOf(result, 'x-in-force')).toEqual({ rule: 'x-in-force', checked: 0, failed: 0, review: 0 });
  });
});
