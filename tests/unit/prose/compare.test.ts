// Statements against table values: any alternative may fit, blanks read as 0, missing cells skip.
import { describe, expect, it } from 'vitest';
import { compareCount, comparePercent, percentFits } from '../../../lib/prose/compare';
import type { ValueOf } from '../../../lib/prose/compare';
import { readStatements } from '../../../lib/prose/read-statements';
import { DEPT_2024 } from './helpers';

const table = (values: Record<string, number | null>): ValueOf => (c) => values[`${c.row}/${c.column}`];
const one = (text: string) => readStatements('overview', text, DEPT_2024)[0]!;

describe('compareCount', () => {
  it('matches a sum of rows and reports the table value on a mismatch', () => {
    const s = one('予以公开及部分公开258件。');
    expect(compareCount(s, table({ 'granted/total': 250, 'partly-granted/total': 8 })).verdict).toBe('match');
    expect(compareCount(s, table({ 'granted/total': 250, 'partly-granted/total': 25 }))).toMatchObject({ verdict: 'mismatch', expected: 275 });
  });

  it('reads blanks as 0', () => {
    expect(compareCount(one('予以公开及部分公开8件。'), table({ 'granted/total': null, 'partly-granted/total': 8 })).verdict).toBe('match');
  });

  it('fits when any alternative fits; expected is the first that exists', () => {
    const s = one('共办理政府信息公开申请93件。');
    const v = { 'total/total': 88, 'new/total': 87, 'carried-in/total': 6 };
    expect(compareCount(s, table(v)).verdict).toBe('match');
    expect(compareCount(s, table({ ...v, 'carried-in/total': 5 }))).toMatchObject({ verdict: 'mismatch', expected: 88 });
  });

  it('skips approximate counts and missing cells', () => {
    expect(compareCount(one('全年共收到政府信息公开申请约150件。'), table({ 'new/total': 3 }))).toEqual({ verdict: 'skip', reason: 'approximate' });
    expect(compareCount(one('予以公开及部分公开8件。'), table({ 'granted/total': 8 }))).toEqual({ verdict: 'skip', reason: 'cell-missing' });
  });

  it('judges a none statement as a count of 0', () => {
    const s = one('本年度未发生因政府信息公开引起的行政复议。');
    expect(compareCount(s, table({ 'review/total': 0 })).verdict).toBe('match');
    expect(compareCount(s, table({ 'review/total': 2 }))).toMatchObject({ verdict: 'mismatch', expected: 2 });
  });
});

describe('percentages', () => {
  it('accepts the value rounded or cut to the digits written, nothing further', () => {
    const ratio = (42 / 81) * 100; // 51.851…
    expect(percentFits(ratio, { value: 51.85, digits: 2 })).toBe(true);
    expect(percentFits(ratio, { value: 51.9, digits: 1 })).toBe(true); // rounded
    expect(percentFits(ratio, { value: 51.8, digits: 1 })).toBe(true); // cut
    expect(percentFits(ratio, { value: 52, digits: 0 })).toBe(true);
    expect(percentFits(ratio, { value: 51, digits: 0 })).toBe(true);
    expect(percentFits(ratio, { value: 51.7, digits: 1 })).toBe(false);
    expect(percentFits(ratio, { value: 51.84, digits: 2 })).toBe(false);
    expect(percentFits(ratio, { value: 53, digits: 0 })).toBe(false);
  });

  it('compares count ÷ handled total, else the new total', () => {
    const s = one('予以公开及部分公开42件，占51.85%。');
    const ok = table({ 'granted/total': 40, 'partly-granted/total': 2, 'total/total': 81, 'new/total': 90 });
    expect(comparePercent(s, ok)!.verdict).toBe('match');
    const byNew = table({ 'granted/total': 40, 'partly-granted/total': 2, 'total/total': 70, 'new/total': 81 });
    expect(comparePercent(s, byNew)!.verdict).toBe('match');
    const wrong = table({ 'granted/total': 40, 'partly-granted/total': 2, 'total/total': 70, 'new/total': 75 });
    expect(comparePercent(s, wrong)).toMatchObject({ verdict: 'mismatch', expected: 60 });
  });

  it('has nothing to say without a percentage, and skips a zero base', () => {
    expect(comparePercent(one('予以公开42件。'), table({}))).toBeNull();
    expect(comparePercent(one('予以公开42件，占51.85%。'), table({ 'total/total': 0, 'new/total': null }))).toEqual({ verdict: 'skip', reason: 'no-base' });
  });
});
