// x-jump: requests `new` total changed more than fivefold either way, both years at least 20.
import { describe, expect, it } from 'vitest';
import { cellList, checkOf, compare, findingsOf, lastYear2021 } from './across-years-cases';

const newTotal = (text: string) => ({ cells: { requests: { 'new/total': text } } });

describe('x-jump', () => {
  it('is quiet on an ordinary year', () => {
    const { result } = compare({}, lastYear2021());
    expect(findingsOf(result, 'x-jump')).toEqual([]);
    expect(checkOf(result, 'x-jump')).toEqual({ rule: 'x-jump', checked: 1, failed: 0, review: 0 });
  });

  it.each([
    ['up more than fivefold', '101', '20'],
    ['down more than fivefold', '20', '101'],
  ])('notes a change %s', (_name, now, then) => {
    const { result, placement } = compare(newTotal(now), lastYear2021(newTotal(then)));
    const [f, ...rest] = findingsOf(result, 'x-jump');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'info', status: 'fail', section: 'requests', table: 'requests', row: 'new', column: 'total', expected: null, actual: Number(now),
    });
    expect(cellList(f!)).toEqual(['new/total value', 'new/total value 2022']);
    expect(f!.message).toContain(`本年 ${now}，2022 年度报告《宁安市生态环境局2022年政府信息公开工作年度报告》为 ${then}，变化超过五倍`);
    // The badge goes on this year's cell; last year's is not on this page.
    expect(placement.get(f!.id)!.primary).toEqual({ kind: 'cell', table: 'requests', block: null, row: 'new', column: 'total' });
    expect(placement.get(f!.id)!.cells).toHaveLength(1);
  });

  it.each([
    ['exactly fivefold', '100', '20'],
    ['a year under 20', '19', '200'],
    ['last year under 20', '200', '19'],
  ])('says nothing at %s', (_name, now, then) => {
    const { result } = compare(newTotal(now), lastYear2021(newTotal(then)));
    expect(findingsOf(result, 'x-jump')).toEqual([]);
  });

  it('checks nothing when a total is text', () => {
    const { result } = compare(newTotal('若干'), lastYear2021());
    expect(checkOf(result, 'x-jump')).toMatchObject({ checked: 0 });
  });
});
