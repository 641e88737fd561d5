// t2-valid-floor (2021, art20-1): in-force ≥ issued − repealed.
// Interpretation: a blank operand read as 0 that still fails keeps the rule's own severity
// (warning); rules.md's "(error …)" is read as describing the error-severity relations.
import type { CellExpect } from '../../support/rule-cases';
import { BLANKS_NOTE_EN, BLANKS_NOTE_ZH, ruleCases } from '../../support/rule-cases';

const AT = (row: string) => ({ section: 'proactive' as const, table: 'proactive' as const, block: 'art20-1', row, column: 'in-force' });
const cells = (row: string, blocking?: string): CellExpect[] => [
  { block: 'art20-1', row, column: 'in-force', role: blocking === 'in-force' ? 'blocking' : 'total' },
  { block: 'art20-1', row, column: 'issued', role: blocking === 'issued' ? 'blocking' : 'part' },
  { block: 'art20-1', row, column: 'repealed', role: blocking === 'repealed' ? 'blocking' : 'part' },
];

ruleCases('t2-valid-floor', {
  valid: [
    { name: 'in force 12 ≥ 3 − 1 and 5 ≥ 2 − 1', page: {} },
    { name: 'in force exactly issued − repealed', page: { cells: { proactive: { 'art20-1/normative-docs/in-force': '2' } } } },
    { name: 'more repealed than issued', page: { cells: { proactive: { 'art20-1/rules/repealed': '4', 'art20-1/rules/in-force': '0' } } } },
    { name: 'not a 2019-template relation', page: { template: '2019' } },
  ],
  invalid: [
    {
      name: '行政规范性文件: 1 in force < 3 issued − 1 repealed',
      page: { cells: { proactive: { 'art20-1/normative-docs/in-force': '1' } } },
      findings: [{
        severity: 'warning', ...AT('normative-docs'), expected: 2, actual: 1, cells: cells('normative-docs'),
        message: ['行政规范性文件', '2', '1'], messageNot: [BLANKS_NOTE_ZH], messageEn: ['2'],
      }],
      alone: true,
    },
    {
      name: '规章: 0 in force < 2 − 1',
      page: { cells: { proactive: { 'art20-1/rules/in-force': '0' } } },
      findings: [{ severity: 'warning', ...AT('rules'), expected: 1, actual: 0, cells: cells('rules') }],
      alone: true,
    },
    {
      name: 'a blank in-force cell read as 0 still fails',
      page: { cells: { proactive: { 'art20-1/normative-docs/in-force': '' } } },
      findings: [{ severity: 'warning', ...AT('normative-docs'), expected: 2, message: [BLANKS_NOTE_ZH], messageEn: [BLANKS_NOTE_EN] }],
    },
    {
      name: 'a text operand blocks the relation: review',
      page: { cells: { proactive: { 'art20-1/normative-docs/issued': '若干' } } },
      findings: [{ severity: 'warning', status: 'review', ...AT('normative-docs'), cells: cells('normative-docs', 'issued'), message: ['若干'] }],
    },
  ],
});
