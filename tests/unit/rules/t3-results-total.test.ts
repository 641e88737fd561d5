// t3-results-total: for each column, （七）总计 = Σ of the outcome rows (2021: 21, 2019: 18 + other).
import { outcomeRows, reportNumbers } from '../../support/report-builder';
import type { CellExpect } from '../../support/rule-cases';
import { BLANKS_NOTE_EN, BLANKS_NOTE_ZH, ruleCases } from '../../support/rule-cases';

const n = reportNumbers().requests;
const n19 = reportNumbers({ template: '2019' }).requests;
const columnCells = (column: string, rows: string[], blocking?: string): CellExpect[] => [
  { row: 'total', column, role: 'total' },
  ...rows.map((row) => ({ row, column, role: row === blocking ? ('blocking' as const) : ('part' as const) })),
];
const AT = (column: string) => ({ section: 'requests' as const, table: 'requests' as const, row: 'total', column });

ruleCases('t3-results-total', {
  valid: [
    { name: 'every column adds up (2021)', page: {} },
    { name: 'every column adds up (2019, with the single 其他处理 row)', page: { template: '2019' } },
    {
      name: 'a blank row total counts as the sum of its parts (no knock-on)',
      page: { cells: { requests: { 'granted/total': '' } } },
      with: [{ rule: 'cell-empty-total', severity: 'error', section: 'requests', table: 'requests', row: 'granted', column: 'total' }],
    },
    {
      name: 'a blank column total is cell-empty-total instead',
      page: { cells: { requests: { 'total/natural-person': '' } } },
      with: [{ rule: 'cell-empty-total', severity: 'error', ...AT('natural-person') }],
    },
    { name: 'a blank outcome cell that means 0', page: { values: { requests: { 'denied-process/research': 0 } }, cells: { requests: { 'denied-process/research': '' } } } },
  ],
  invalid: [
    {
      name: '商业企业 column total written two more than its outcomes',
      page: { cells: { requests: { 'total/business': String(n['total/business']! + 2) } } },
      findings: [{
        severity: 'error', ...AT('business'), expected: n['total/business']!, actual: n['total/business']! + 2,
        cells: columnCells('business', outcomeRows('2021')), message: ['商业企业', String(n['total/business']), String(n['total/business']! + 2)],
        messageNot: [BLANKS_NOTE_ZH],
      }],
    },
    {
      name: '2019: 科研机构 column total off, 19 outcome rows summed',
      page: { template: '2019', cells: { requests: { 'total/research': String(n19['total/research']! - 1) } } },
      findings: [{ severity: 'error', ...AT('research'), expected: n19['total/research']!, actual: n19['total/research']! - 1, cells: columnCells('research', outcomeRows('2019')) }],
    },
    {
      name: 'an outcome row raised with its own row total (defect-arith fixture): the business and the 总计 columns fail',
      page: { cells: { requests: { 'granted/business': String(n['granted/business']! + 1), 'granted/total': String(n['granted/total']! + 1) } } },
      findings: [
        { severity: 'error', ...AT('business'), expected: n['total/business']! + 1, actual: n['total/business']! },
        { severity: 'error', ...AT('total'), expected: n['total/total']! + 1, actual: n['total/total']! },
      ],
      absent: ['t3-row-total'],
    },
    {
      name: 'a blank outcome cell hiding a value (defect-blanks fixture): still failing with blanks read as 0',
      page: { cells: { requests: { 'denied-process/research': '' } } },
      findings: [{
        severity: 'error', ...AT('research'), expected: n['total/research']! - n['denied-process/research']!, actual: n['total/research']!,
        message: [BLANKS_NOTE_ZH], messageEn: [BLANKS_NOTE_EN],
      }],
    },
    {
      name: 'a text outcome cell blocks the relation: review',
      page: { cells: { requests: { 'rejected-petition/natural-person': '不详' } } },
      findings: [{ severity: 'warning', status: 'review', ...AT('natural-person'), cells: columnCells('natural-person', outcomeRows('2021'), 'rejected-petition'), message: ['不详'] }],
    },
  ],
});
