// t2-2019-count-nonneg (2019, art20-5/6/8): prev-items + change ≥ 0. The signed change is legal.
import { BLANKS_NOTE_EN, BLANKS_NOTE_ZH, ruleCases } from '../../support/rule-cases';

const AT = (block: string, row: string) => ({ section: 'proactive' as const, table: 'proactive' as const, block, row, column: 'change' });
const places = (row: string): [string, string][] => [[row, 'prev-items'], [row, 'change']];

ruleCases('t2-2019-count-nonneg', {
  valid: [
    { name: 'signed changes +2, -1, +1, -1, -1 on counts 12, 26, 8, 2, 4', page: { template: '2019' } },
    { name: 'a change bringing the count to exactly 0', page: { template: '2019', cells: { proactive: { 'art20-5/licensing/change': '-12' } } } },
    { name: 'not a 2021-template relation', page: {} },
  ],
  invalid: [
    {
      name: '行政许可: 12 − 13 < 0',
      page: { template: '2019', cells: { proactive: { 'art20-5/licensing/change': '-13' } } },
      findings: [{
        severity: 'error', ...AT('art20-5', 'licensing'), expected: 0, actual: -1, cellPlaces: places('licensing'),
        message: ['行政许可', '-1'], messageNot: [BLANKS_NOTE_ZH], messageEn: ['-1'],
      }],
      alone: true,
    },
    {
      name: '其他对外管理服务事项: 3 − 5 < 0 (defect-2019-mixed fixture)',
      page: { template: '2019', cells: { proactive: { 'art20-5/other-services/prev-items': '3', 'art20-5/other-services/change': '-5' } } },
      findings: [{ severity: 'error', ...AT('art20-5', 'other-services'), actual: -2 }],
      alone: true,
    },
    {
      name: '行政事业性收费 (art20-8): 4 − 5 < 0',
      page: { template: '2019', cells: { proactive: { 'art20-8/fees/change': '-5' } } },
      findings: [{ severity: 'error', ...AT('art20-8', 'fees'), actual: -1, cellPlaces: places('fees') }],
      alone: true,
    },
    {
      name: '行政强制 (art20-6): a blank previous count read as 0 with a change of -1',
      page: { template: '2019', cells: { proactive: { 'art20-6/coercion/prev-items': '' } } },
      findings: [{ severity: 'error', ...AT('art20-6', 'coercion'), actual: -1, message: [BLANKS_NOTE_ZH], messageEn: [BLANKS_NOTE_EN] }],
    },
    {
      name: 'a text previous count blocks the relation: review',
      page: { template: '2019', cells: { proactive: { 'art20-6/penalty/prev-items': '不详' } } },
      findings: [{ severity: 'warning', status: 'review', ...AT('art20-6', 'penalty'), cellPlaces: places('penalty'), message: ['不详'] }],
    },
  ],
});
