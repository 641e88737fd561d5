// t2-2019-total-ge-new (2019, art20-1): total-published ≥ published.
import type { CellExpect } from '../../support/rule-cases';
import { BLANKS_NOTE_ZH, ruleCases } from '../../support/rule-cases';

const AT = (row: string) => ({ section: 'proactive' as const, table: 'proactive' as const, block: 'art20-1', row, column: 'total-published' });
const cells = (row: string, blocking?: string): CellExpect[] => [
  { block: 'art20-1', row, column: 'total-published', role: blocking === 'total-published' ? 'blocking' : 'total' },
  { block: 'art20-1', row, column: 'published', role: blocking === 'published' ? 'blocking' : 'part' },
];

ruleCases('t2-2019-total-ge-new', {
  valid: [
    { name: 'total published 37 ≥ 5 and 4 ≥ 1', page: { template: '2019' } },
    { name: 'total published equal to newly published', page: { template: '2019', cells: { proactive: { 'art20-1/normative-docs/total-published': '5' } } } },
    { name: 'not a 2021-template relation', page: {} },
  ],
  invalid: [
    {
      name: '规范性文件: total published 4 < newly published 5 (defect-2019-mixed fixture)',
      page: { template: '2019', cells: { proactive: { 'art20-1/normative-docs/total-published': '4' } } },
      findings: [{
        severity: 'warning', ...AT('normative-docs'), expected: 5, actual: 4, cells: cells('normative-docs'),
        message: ['规范性文件', '5', '4'], messageNot: [BLANKS_NOTE_ZH], messageEn: ['5'],
      }],
      alone: true,
    },
    {
      name: '规章: total published 0 < 1',
      page: { template: '2019', cells: { proactive: { 'art20-1/rules/total-published': '0' } } },
      findings: [{ severity: 'warning', ...AT('rules'), expected: 1, actual: 0 }],
      alone: true,
    },
    {
      name: 'a blank total read as 0 still fails',
      page: { template: '2019', cells: { proactive: { 'art20-1/normative-docs/total-published': '' } } },
      findings: [{ severity: 'warning', ...AT('normative-docs'), expected: 5, message: [BLANKS_NOTE_ZH] }],
    },
    {
      name: 'a text operand blocks the relation: review',
      page: { template: '2019', cells: { proactive: { 'art20-1/rules/published': '无数据' } } },
      findings: [{ severity: 'warning', status: 'review', ...AT('rules'), cells: cells('rules', 'published'), message: ['无数据'] }],
    },
  ],
});
