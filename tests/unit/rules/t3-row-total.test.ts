// t3-row-total: for each requests row, total = Σ of the six applicant columns.
import { reportNumbers } from '../../support/report-builder';
import type { CellExpect, Role } from '../../support/rule-cases';
import { BLANKS_NOTE_EN, BLANKS_NOTE_ZH, ruleCases } from '../../support/rule-cases';

const n = reportNumbers().requests;
const n19 = reportNumbers({ template: '2019' }).requests;
const APPLICANTS = ['natural-person', 'business', 'research', 'public-interest', 'legal-service', 'other-org'];
const rowCells = (row: string, roles: Record<string, Role> = {}): CellExpect[] => [
  { row, column: 'total', role: roles.total ?? 'total' },
  ...APPLICANTS.map((column) => ({ row, column, role: roles[column] ?? ('part' as const) })),
];
const AT = (row: string) => ({ section: 'requests' as const, table: 'requests' as const, row, column: 'total' });

ruleCases('t3-row-total', {
  valid: [
    { name: 'every row adds up (2021)', page: {} },
    { name: 'every row adds up (2019)', page: { template: '2019' } },
    { name: 'a blank part that means 0', page: { values: { requests: { 'granted/research': 0 } }, cells: { requests: { 'granted/research': '' } } } },
    { name: 'a placeholder part that means 0', page: { values: { requests: { 'granted/research': 0 } }, cells: { requests: { 'granted/research': '—' } } } },
    { name: 'a malformed 「00」 part that means 0', page: { values: { requests: { 'granted/research': 0 } }, cells: { requests: { 'granted/research': '00' } } } },
    {
      name: 'a blank total with non-zero parts is cell-empty-total instead',
      page: { cells: { requests: { 'granted/total': '' } } },
      with: [{ rule: 'cell-empty-total', severity: 'error', ...AT('granted') }],
    },
    { name: 'an unexpected row is kept out of the check', page: { extraRows: { requests: [{ after: 'new', label: '其中：网上申请', values: ['1', '1', '1', '1', '1', '1', '9'] }] } } },
  ],
  invalid: [
    {
      name: '予以公开: total written one more than its parts',
      page: { cells: { requests: { 'granted/total': String(n['granted/total']! + 1) } } },
      findings: [{
        severity: 'error', ...AT('granted'), expected: n['granted/total']!, actual: n['granted/total']! + 1, cells: rowCells('granted'),
        message: ['予以公开', String(n['granted/total']), String(n['granted/total']! + 1)], messageNot: [BLANKS_NOTE_ZH],
        messageEn: [String(n['granted/total']!)],
      }],
    },
    {
      name: '结转下年度: total written one less',
      page: { cells: { requests: { 'carried-out/total': String(n['carried-out/total']! - 1) } } },
      findings: [{ severity: 'error', ...AT('carried-out'), expected: n['carried-out/total']!, actual: n['carried-out/total']! - 1 }],
    },
    {
      name: '2019 （六）其他处理 row',
      page: { template: '2019', cells: { requests: { 'other/total': String(n19['other/total']! + 2) } } },
      findings: [{ severity: 'error', ...AT('other'), expected: n19['other/total']!, actual: n19['other/total']! + 2, cells: rowCells('other') }],
    },
    {
      name: 'a blank part hiding a non-zero value: still failing with blanks read as 0',
      page: { cells: { requests: { 'partly-granted/business': '' } } },
      findings: [{
        severity: 'error', ...AT('partly-granted'), expected: n['partly-granted/total']! - n['partly-granted/business']!, actual: n['partly-granted/total']!,
        message: [BLANKS_NOTE_ZH], messageEn: [BLANKS_NOTE_EN],
      }],
    },
    {
      name: 'a placeholder part hiding a non-zero value: read as 0, still failing',
      page: { cells: { requests: { 'partly-granted/business': '/' } } },
      findings: [{ severity: 'error', ...AT('partly-granted'), expected: n['partly-granted/total']! - n['partly-granted/business']!, actual: n['partly-granted/total']!, message: [BLANKS_NOTE_ZH] }],
    },
    {
      name: 'a text part blocks the relation: review, naming the cell',
      page: { cells: { requests: { 'rejected-petition/natural-person': '不详' } } },
      findings: [{ severity: 'warning', status: 'review', ...AT('rejected-petition'), cells: rowCells('rejected-petition', { 'natural-person': 'blocking' }), message: ['不详'], messageEn: ['不详'] }],
    },
    {
      name: 'a text total blocks the relation',
      page: { cells: { requests: { 'granted/total': '见附件' } } },
      findings: [{ severity: 'warning', status: 'review', ...AT('granted'), cells: rowCells('granted', { total: 'blocking' }), message: ['见附件'] }],
    },
    {
      name: 'two wrong rows: one finding each',
      page: { cells: { requests: { 'new/total': String(n['new/total']! + 5), 'denied-inquiry/total': '0' } } },
      findings: [
        { severity: 'error', ...AT('new'), expected: n['new/total']!, actual: n['new/total']! + 5 },
        { severity: 'error', ...AT('denied-inquiry'), expected: n['denied-inquiry/total']!, actual: 0 },
      ],
    },
  ],
});
