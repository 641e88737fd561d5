// t3-balance: for each column, new + carried-in = total + carried-out.
import { reportNumbers } from '../../support/report-builder';
import { BLANKS_NOTE_EN, BLANKS_NOTE_ZH, ruleCases } from '../../support/rule-cases';

const n = reportNumbers().requests;
const n19 = reportNumbers({ template: '2019' }).requests;
const AT = (column: string) => ({ section: 'requests' as const, table: 'requests' as const, row: null, column });
const places = (column: string): [string, string][] => ['new', 'carried-in', 'total', 'carried-out'].map((r) => [r, column]);
const inflow = (column: string, m = n) => m[`new/${column}`]! + m[`carried-in/${column}`]!;
const outflow = (column: string, m = n) => m[`total/${column}`]! + m[`carried-out/${column}`]!;

ruleCases('t3-balance', {
  valid: [
    { name: 'every column balances (2021)', page: {} },
    { name: 'every column balances (2019)', page: { template: '2019' } },
    { name: 'a blank carried-in cell that means 0', page: { values: { requests: { 'carried-in/research': 0 } }, cells: { requests: { 'carried-in/research': '' } } } },
    {
      name: 'a blank column total counts as the sum of its parts (no knock-on)',
      page: { cells: { requests: { 'total/legal-service': '' } } },
      with: [{ rule: 'cell-empty-total', severity: 'error', section: 'requests', table: 'requests', row: 'total', column: 'legal-service' }],
    },
  ],
  invalid: [
    {
      name: '结转下年度 raised in 法律服务机构 with its row total (defect-arith fixture): that column and the 总计 column',
      page: { cells: { requests: { 'carried-out/legal-service': String(n['carried-out/legal-service']! + 1), 'carried-out/total': String(n['carried-out/total']! + 1) } } },
      findings: [
        {
          severity: 'error', ...AT('legal-service'), expected: inflow('legal-service'), actual: outflow('legal-service') + 1, cellPlaces: places('legal-service'),
          message: ['法律服务机构', String(inflow('legal-service')), String(outflow('legal-service') + 1)], messageNot: [BLANKS_NOTE_ZH],
        },
        { severity: 'error', ...AT('total'), expected: inflow('total'), actual: outflow('total') + 1, cellPlaces: places('total') },
      ],
      absent: ['t3-row-total', 't3-results-total'],
    },
    {
      name: 'a blank carried-in cell hiding a value: still failing with blanks read as 0',
      page: { cells: { requests: { 'carried-in/research': '' } } },
      findings: [{
        severity: 'error', ...AT('research'), expected: inflow('research') - n['carried-in/research']!, actual: outflow('research'),
        message: [BLANKS_NOTE_ZH], messageEn: [BLANKS_NOTE_EN],
      }],
    },
    {
      name: 'a placeholder 结转下年度 cell hiding a value',
      page: { cells: { requests: { 'carried-out/business': '—' } } },
      findings: [{ severity: 'error', ...AT('business'), expected: inflow('business'), actual: outflow('business') - n['carried-out/business']!, message: [BLANKS_NOTE_ZH] }],
    },
    {
      name: 'a text 本年新收 cell blocks its balance: review',
      page: { cells: { requests: { 'new/natural-person': '若干' } } },
      findings: [{ severity: 'warning', status: 'review', ...AT('natural-person'), cellPlaces: places('natural-person'), message: ['若干'] }],
    },
    {
      name: '2019: 本年新收 raised in 其他 with its row total',
      page: { template: '2019', cells: { requests: { 'new/other-org': String(n19['new/other-org']! + 1), 'new/total': String(n19['new/total']! + 1) } } },
      findings: [
        { severity: 'error', ...AT('other-org'), expected: inflow('other-org', n19) + 1, actual: outflow('other-org', n19) },
        { severity: 'error', ...AT('total'), expected: inflow('total', n19) + 1, actual: outflow('total', n19) },
      ],
    },
  ],
});
