// x-carry-over: per column of the requests table, this year's 上年结转 = last year's 结转下年度.
import { describe, expect, it } from 'vitest';
import { BLANKS_NOTE_EN, BLANKS_NOTE_ZH } from '../../support/rule-cases';
import { LAST_SOURCE, cellList, checkOf, compare, findingsOf, lastYear2021 } from './across-years-cases';

const LAST_TITLE = '宁安市生态环境局2022年政府信息公开工作年度报告';

describe('x-carry-over', () => {
  it('passes when every column continues last year, checking all seven', () => {
    const { result } = compare({}, lastYear2021());
    expect(findingsOf(result, 'x-carry-over')).toEqual([]);
    expect(checkOf(result, 'x-carry-over')).toEqual({ rule: 'x-carry-over', checked: 7, failed: 0, review: 0 });
  });

  it('fails the one column where last year carried out another number', () => {
    const { result } = compare({}, lastYear2021({ cells: { requests: { 'carried-out/business': '5' } } }));
    const [f, ...rest] = findingsOf(result, 'x-carry-over');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'error', status: 'fail', section: 'requests', table: 'requests', block: null, row: 'carried-in', column: 'business',
      expected: 5, actual: 2, previous: { source: LAST_SOURCE, title: LAST_TITLE, year: 2022 },
    });
    expect(cellList(f!)).toEqual(['carried-in/business total', 'carried-out/business part 2022']);
    expect(f!.message).toBe(`表三（依申请公开）「商业企业」列：本年「二、上年结转政府信息公开申请数量」为 2，2022 年度报告《${LAST_TITLE}》「四、结转下年度继续办理」为 5，两者应相等`);
    expect(checkOf(result, 'x-carry-over')).toMatchObject({ checked: 7, failed: 1 });
  });

  it('names last year and both numbers in English', () => {
    const { result } = compare({}, lastYear2021({ cells: { requests: { 'carried-out/business': '5' } } }), 'en');
    const [f] = findingsOf(result, 'x-carry-over');
    expect(f!.message).toContain(`in the 2022 report “${LAST_TITLE}” is 5`);
    expect(f!.message).toContain('is 2 this year');
  });

  it('reads a blank as 0 and says so when it still fails', () => {
    const { result } = compare({ cells: { requests: { 'carried-in/business': '' } } }, lastYear2021());
    const [f] = findingsOf(result, 'x-carry-over');
    expect(f).toMatchObject({ column: 'business', expected: 2, actual: null, status: 'fail' });
    expect(f!.message).toMatch(BLANKS_NOTE_ZH);
    const en = findingsOf(compare({ cells: { requests: { 'carried-in/business': '' } } }, lastYear2021(), 'en').result, 'x-carry-over');
    expect(en[0]!.message).toMatch(BLANKS_NOTE_EN);
  });

  it('has no finding when a blank read as 0 matches last year’s 0', () => {
    const { result } = compare({ cells: { requests: { 'carried-in/business': '' } } }, lastYear2021({ cells: { requests: { 'carried-out/business': '0' } } }));
    expect(findingsOf(result, 'x-carry-over')).toEqual([]);
  });

  it('asks for review when a cell of either year holds text, naming it', () => {
    const now = findingsOf(compare({ cells: { requests: { 'carried-in/research': '不详' } } }, lastYear2021()).result, 'x-carry-over');
    expect(now).toHaveLength(1);
    expect(now[0]).toMatchObject({ severity: 'warning', status: 'review', column: 'research' });
    expect(cellList(now[0]!)).toEqual(['carried-in/research blocking', 'carried-out/research part 2022']);
    expect(now[0]!.message).toContain('「不详」');
    const then = findingsOf(compare({}, lastYear2021({ cells: { requests: { 'carried-out/research': '若干' } } })).result, 'x-carry-over');
    expect(cellList(then[0]!)).toEqual(['carried-in/research total', 'carried-out/research blocking 2022']);
    expect(then[0]!.message).toContain(`2022 年度报告《${LAST_TITLE}》表三（依申请公开）「四、结转下年度继续办理」行「科研机构」列「若干」`);
  });

  it('checks nothing against a report that is not of the year before', () => {
    const { result } = compare({}, lastYear2021({ year: 2021, cells: { requests: { 'carried-out/business': '5' } } }));
    expect(findingsOf(result, 'x-carry-over')).toEqual([]);
    expect(checkOf(result, 'x-carry-over')).toMatchObject({ checked: 0 });
  });
});
