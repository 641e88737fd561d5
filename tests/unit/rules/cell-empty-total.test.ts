// cell-empty-total: a blank total with non-zero parts, reported INSTEAD of the relation's failure,
// and counted as the sum of its parts in every other relation (no knock-on finding).
import { outcomeRows, reportNumbers } from '../../support/report-builder';
import type { CellExpect } from '../../support/rule-cases';
import { ruleCases } from '../../support/rule-cases';

const n = reportNumbers();
const n2019 = reportNumbers({ template: '2019' });
const APPLICANTS = ['natural-person', 'business', 'research', 'public-interest', 'legal-service', 'other-org'];
const rowCells = (row: string): CellExpect[] => [
  { row, column: 'total', role: 'total' },
  ...APPLICANTS.map((column) => ({ row, column, role: 'part' as const })),
];
const ELEVEN = outcomeRows('2021').slice(0, 11);
const ALL_ROWS = ['new', 'carried-in', ...outcomeRows('2021'), 'total', 'carried-out'];

ruleCases('cell-empty-total', {
  valid: [
    { name: 'every total written', page: {} },
    {
      name: 'a blank total whose parts are all 0 is a plain blank (cell-empty)',
      page: { values: { requests: Object.fromEntries(APPLICANTS.map((c) => [`rejected-publication/${c}`, 0])) }, cells: { requests: { 'rejected-publication/total': '' } } },
      with: [{ rule: 'cell-empty', severity: 'info', section: 'requests', table: 'requests', cellCount: 1 }],
      absent: ['t3-row-total'],
    },
    {
      name: 'a blank review total whose parts are all 0',
      page: { values: { appeals: { 'review/upheld': 0, 'review/corrected': 0, 'review/other': 0, 'review/pending': 0 } }, cells: { appeals: { 'review/total': '' } } },
      with: [{ rule: 'cell-empty', severity: 'info', section: 'appeals', table: 'appeals', cellCount: 1 }],
      absent: ['t4-review-total'],
    },
    {
      name: 'all five review cells blank (nothing non-zero)',
      page: { cells: { appeals: { 'review/upheld': '', 'review/corrected': '', 'review/other': '', 'review/pending': '', 'review/total': '' } } },
    },
  ],
  invalid: [
    {
      name: '予以公开 row total blank: instead of t3-row-total, and no knock-on in the 总计 column',
      page: { cells: { requests: { 'granted/total': '' } } },
      findings: [{
        severity: 'error', section: 'requests', table: 'requests', row: 'granted', column: 'total',
        expected: n.requests['granted/total']!, actual: null, cells: rowCells('granted'),
        message: [String(n.requests['granted/total'])],
      }],
      alone: true,
    },
    {
      name: 'the whole 总计 column blank (totals left blank too): 25 findings and nothing else',
      page: { cells: { requests: Object.fromEntries(ALL_ROWS.map((r) => [`${r}/total`, ''])) } },
      findings: ALL_ROWS.map((row) => ({ severity: 'error' as const, section: 'requests' as const, table: 'requests' as const, row, column: 'total', expected: n.requests[`${row}/total`]!, actual: null })),
      alone: true,
    },
    {
      name: '（七）总计 × 总计 and （七）总计 × 自然人 both blank: each stands for its full sum, no knock-on in the balance',
      page: { cells: { requests: { 'total/total': '', 'total/natural-person': '' } } },
      findings: [
        { severity: 'error', section: 'requests', table: 'requests', row: 'total', column: 'total', expected: n.requests['total/total']!, actual: null },
        { severity: 'error', section: 'requests', table: 'requests', row: 'total', column: 'natural-person', expected: n.requests['total/natural-person']!, actual: null },
      ],
      alone: true,
    },
    {
      name: '（七）总计 × 自然人 blank: instead of t3-results-total, and balance/row total unaffected',
      page: { cells: { requests: { 'total/natural-person': '' } } },
      findings: [{
        severity: 'error', section: 'requests', table: 'requests', row: 'total', column: 'natural-person',
        expected: n.requests['total/natural-person']!, actual: null, cellCount: 1 + outcomeRows('2021').length,
      }],
      alone: true,
    },
    {
      name: '（七）总计 × 总计 blank: one finding although it totals a row and a column',
      page: { cells: { requests: { 'total/total': '' } } },
      findings: [{ severity: 'error', section: 'requests', table: 'requests', row: 'total', column: 'total', expected: n.requests['total/total']!, actual: null }],
      alone: true,
    },
    {
      name: 'eleven row totals blank: eleven findings, not also a broken column sum',
      page: { cells: { requests: Object.fromEntries(ELEVEN.map((r) => [`${r}/total`, ''])) } },
      findings: ELEVEN.map((row) => ({ severity: 'error' as const, section: 'requests' as const, table: 'requests' as const, row, column: 'total', expected: n.requests[`${row}/total`]!, actual: null })),
      alone: true,
    },
    {
      name: '2019: （六）其他处理 row total blank',
      page: { template: '2019', cells: { requests: { 'other/total': '' } } },
      findings: [{ severity: 'error', section: 'requests', table: 'requests', row: 'other', column: 'total', expected: n2019.requests['other/total']!, actual: null }],
      alone: true,
    },
    {
      name: '行政复议 total blank: instead of t4-review-total',
      page: { cells: { appeals: { 'review/total': '' } } },
      findings: [{
        severity: 'error', section: 'appeals', table: 'appeals', row: 'review', column: 'total', expected: n.appeals['review/total']!, actual: null,
        cells: [{ row: 'review', column: 'total', role: 'total' }, ...['upheld', 'corrected', 'other', 'pending'].map((column) => ({ row: 'review', column, role: 'part' as const }))],
      }],
      alone: true,
    },
    {
      name: '复议后起诉 total blank',
      page: { cells: { appeals: { 'suit-after-review/total': '' } } },
      findings: [{ severity: 'error', section: 'appeals', table: 'appeals', row: 'suit-after-review', column: 'total', expected: n.appeals['suit-after-review/total']!, actual: null }],
      alone: true,
    },
  ],
});
