// The case runner the rule tests use must fail when an expectation is wrong, not only pass.
import { describe, expect, it } from 'vitest';
import { reportNumbers } from '../../support/report-builder';
import type { RuleCase } from '../../support/rule-cases';
import { runCase } from '../../support/rule-cases';

const n = reportNumbers().requests;
const WRONG_GRANTED = { cells: { requests: { 'granted/total': String(n['granted/total']! + 1) } } };
const AT = { section: 'requests' as const, table: 'requests' as const, row: 'granted', column: 'total' };
const RIGHT: RuleCase = { name: 'right', page: WRONG_GRANTED, findings: [{ severity: 'error', ...AT, expected: n['granted/total']!, actual: n['granted/total']! + 1 }] };

describe('runCase', () => {
  it('passes a right expectation', () => {
    expect(() => runCase('t3-row-total', RIGHT)).not.toThrow();
  });

  it.each<[string, RuleCase]>([
    ['a finding where none is expected', { name: 'x', page: WRONG_GRANTED, findings: [] }],
    ['no finding where one is expected', { name: 'x', page: {}, findings: [{ severity: 'error', ...AT }] }],
    ['a wrong severity', { ...RIGHT, findings: [{ ...RIGHT.findings![0]!, severity: 'warning' }] }],
    ['a wrong status', { ...RIGHT, findings: [{ ...RIGHT.findings![0]!, status: 'review' }] }],
    ['a wrong row key', { ...RIGHT, findings: [{ ...RIGHT.findings![0]!, row: 'partly-granted' }] }],
    ['a wrong expected number', { ...RIGHT, findings: [{ ...RIGHT.findings![0]!, expected: 1 }] }],
    ['a wrong actual number', { ...RIGHT, findings: [{ ...RIGHT.findings![0]!, actual: null }] }],
    ['wrong cell roles', { ...RIGHT, findings: [{ ...RIGHT.findings![0]!, cells: [{ row: 'granted', column: 'total', role: 'part' }] }] }],
    ['a message it does not have', { ...RIGHT, findings: [{ ...RIGHT.findings![0]!, message: ['空白按 0 计'] }] }],
    ['alone while another rule finds something', { ...RIGHT, alone: true }],
    ['another rule said absent that is present', { ...RIGHT, absent: ['t3-results-total'] }],
    ['a companion finding that is not there', { ...RIGHT, with: [{ rule: 'cell-empty', severity: 'info', section: 'requests', table: 'requests' }] }],
    ['a report field that differs', { ...RIGHT, report: { year: 2022 } }],
  ])('fails on %s', (_name, c) => {
    expect(() => runCase('t3-row-total', c)).toThrow();
  });
});
