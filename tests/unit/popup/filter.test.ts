// The side panel's filters: severity, rule, text search over messages and row/column names, and
// stepping through what is shown.
import { describe, expect, it } from 'vitest';
import { NO_FILTER, filterGroups, matches, normalizeSearch, rulesIn, stepThrough } from '../../../components/findings-list/filter';
import type { FindingFilter } from '../../../components/findings-list/filter';
import { groupFindings } from '../../../components/findings-list/findings';
import { FINDINGS, samplePage } from './sample';

const page = samplePage();
const groups = groupFindings(page.result.findings, page.dismissals);
const ids = (f: FindingFilter) => filterGroups(groups, f, 'zh').flatMap((g) => g.rows.map((r) => r.finding.id));
const all = ids(NO_FILTER);

describe('filters', () => {
  it('shows everything, in the groups\' order, without a filter', () => {
    expect(all).toEqual(['0000000b', '00000010', '0000000c', '0000000a', '0000000d', '0000000e', '0000000f']);
  });

  it('keeps only the severities ticked, across the review and dismissed groups too', () => {
    expect(ids({ ...NO_FILTER, severities: new Set(['warning']) })).toEqual(['0000000a']);
    expect(ids({ ...NO_FILTER, severities: new Set(['error']) })).toEqual(['0000000b', '00000010', '0000000c', '0000000e', '0000000f']);
    expect(filterGroups(groups, { ...NO_FILTER, severities: new Set(['info']) }, 'zh').map((g) => g.key)).toEqual(['fail:label-variant']);
    expect(ids({ ...NO_FILTER, severities: new Set() })).toEqual([]);
  });

  it('keeps one rule', () => {
    expect(ids({ ...NO_FILTER, rule: 't3-balance' })).toEqual(['0000000b', '00000010']);
    expect(rulesIn(groups)).toEqual(['t3-balance', 't3-row-total', 'date-late', 'label-variant', 't4-direct-total', 'cell-negative']);
  });

  it('searches the message, every word, any width and case', () => {
    expect(ids({ ...NO_FILTER, query: '法律服务机构' })).toEqual(['0000000b']);
    expect(ids({ ...NO_FILTER, query: '发布日期  2023-03-15' })).toEqual(['0000000a']);
    expect(ids({ ...NO_FILTER, query: '２０２３－０３－１５' })).toEqual(['0000000a']); // full-width digits
    expect(ids({ ...NO_FILTER, query: '发布日期 法律服务' })).toEqual([]);
  });

  it('searches the names of the rows and columns involved, as the templates print them', () => {
    // 00000010 and 0000000e say nothing of 总计 in their messages: they stand in a "total" column;
    // 0000000b's message names it.
    expect(ids({ ...NO_FILTER, query: '总计' })).toEqual(['0000000b', '00000010', '0000000c', '0000000e']);
    expect(ids({ ...NO_FILTER, query: '(一)予以公开' })).toEqual(['0000000c']);
    expect(ids({ ...NO_FILTER, query: 'legal-service' })).toEqual(['0000000b']);
    expect(ids({ ...NO_FILTER, query: '总计', severities: new Set(['warning']) })).toEqual([]);
  });

  it('searches the rule\'s title', () => {
    const f = FINDINGS.find((x) => x.id === '0000000a')!;
    expect(matches(f, { ...NO_FILTER, query: 'date-late' }, 'zh')).toBe(true);
    expect(normalizeSearch('  Ａ\u3000b\n')).toBe('a b');
  });
});

describe('stepping', () => {
  it('goes through the list as shown, wrapping, from either end when nothing is current', () => {
    const list = ['a', 'b', 'c'];
    expect(stepThrough(list, null, 1)).toBe('a');
    expect(stepThrough(list, null, -1)).toBe('c');
    expect(stepThrough(list, 'a', 1)).toBe('b');
    expect(stepThrough(list, 'c', 1)).toBe('a');
    expect(stepThrough(list, 'a', -1)).toBe('c');
    expect(stepThrough(list, 'gone', 1)).toBe('a');
    expect(stepThrough([], 'a', 1)).toBeNull();
  });
});
