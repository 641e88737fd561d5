// cell-empty-block: a whole logical block blank in a table that writes 0 elsewhere. Where the table
// writes no explicit 0 at all, the blank block is the page's way of writing zero: cell-empty instead.
import { ruleCases } from '../../support/rule-cases';

const REVIEW_BLANK = { 'review/upheld': '', 'review/corrected': '', 'review/other': '', 'review/pending': '', 'review/total': '' };
const DIRECT_BLANK = { 'suit-direct/upheld': '', 'suit-direct/corrected': '', 'suit-direct/other': '', 'suit-direct/pending': '', 'suit-direct/total': '' };
const AFTER_BLANK = { 'suit-after-review/upheld': '', 'suit-after-review/corrected': '', 'suit-after-review/other': '', 'suit-after-review/pending': '', 'suit-after-review/total': '' };
const COLS = ['natural-person', 'business', 'research', 'public-interest', 'legal-service', 'other-org', 'total'];
const APPLICANTS = COLS.slice(0, 6);
const zeroRow = (row: string) => Object.fromEntries(APPLICANTS.map((c) => [`${row}/${c}`, 0]));
const blankRow = (row: string) => Object.fromEntries(COLS.map((c) => [`${row}/${c}`, '']));
const reviewCells = ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => ({ row: 'review', column: c, role: 'value' as const }));

ruleCases('cell-empty-block', {
  valid: [
    { name: 'no blank cell', page: {} },
    {
      name: 'the five review cells blank in an appeals table with no explicit 0: the page writes zero as blank',
      page: { cells: { appeals: REVIEW_BLANK } },
      with: [{ rule: 'cell-empty', severity: 'info', section: 'appeals', table: 'appeals', cellCount: 5 }],
      absent: ['cell-empty-total', 't4-review-total'],
    },
    {
      name: 'a requests row of zeros left blank in a requests table with no explicit 0',
      page: { values: { requests: zeroRow('rejected-publication') }, cells: { requests: blankRow('rejected-publication') } },
      with: [{ rule: 'cell-empty', severity: 'info', section: 'requests', table: 'requests', cellCount: 7 }],
      absent: ['t3-row-total', 't3-results-total', 't3-balance'],
    },
    {
      name: 'four of the five review cells blank is not a whole block',
      page: { values: { appeals: { 'suit-direct/other': 0 } }, cells: { appeals: { 'review/upheld': '', 'review/corrected': '', 'review/other': '', 'review/pending': '', 'review/total': '0' } } },
    },
    {
      name: 'the review group written 「—」 throughout is written, not blank',
      page: { values: { appeals: { 'suit-direct/other': 0 } }, cells: { appeals: { 'review/upheld': '—', 'review/corrected': '—', 'review/other': '—', 'review/pending': '—', 'review/total': '—' } } },
      with: [{ rule: 'cell-placeholder', severity: 'info', section: 'appeals', table: 'appeals', cellCount: 5 }],
    },
    {
      name: 'the blank trailing row after the appeals data row is not a blank block',
      page: { values: { appeals: { 'suit-direct/other': 0 } }, appealsTrailingRow: true },
      alone: true,
    },
  ],
  invalid: [
    {
      name: 'seed 001/002: the five review cells blank while the table writes 0 elsewhere',
      page: { values: { appeals: { 'suit-direct/other': 0 } }, cells: { appeals: REVIEW_BLANK } },
      findings: [{ severity: 'error', section: 'appeals', table: 'appeals', row: 'review', cells: reviewCells, message: ['行政复议'] }],
      alone: true,
    },
    {
      name: 'the 未经复议直接起诉 group blank, 0 written in the review group',
      page: { values: { appeals: { 'review/other': 0 } }, cells: { appeals: DIRECT_BLANK } },
      findings: [{ severity: 'error', section: 'appeals', table: 'appeals', row: 'suit-direct', cellCount: 5 }],
      alone: true,
    },
    {
      name: 'the 复议后起诉 group blank, 0 written in the review group',
      page: { values: { appeals: { 'review/pending': 0 } }, cells: { appeals: AFTER_BLANK } },
      findings: [{ severity: 'error', section: 'appeals', table: 'appeals', row: 'suit-after-review', cellCount: 5 }],
      alone: true,
    },
    {
      name: 'two groups blank: one finding each',
      page: { values: { appeals: { 'suit-direct/corrected': 0 } }, cells: { appeals: { ...REVIEW_BLANK, ...AFTER_BLANK } } },
      findings: [
        { severity: 'error', section: 'appeals', table: 'appeals', row: 'review' },
        { severity: 'error', section: 'appeals', table: 'appeals', row: 'suit-after-review' },
      ],
      alone: true,
    },
    {
      name: 'all seven cells of a requests row blank while the table writes 0 elsewhere',
      page: {
        values: { requests: { ...zeroRow('rejected-publication'), 'rejected-excessive/research': 0 } },
        cells: { requests: blankRow('rejected-publication') },
      },
      findings: [{ severity: 'error', section: 'requests', table: 'requests', row: 'rejected-publication', cellCount: 7 }],
      alone: true,
    },
    {
      name: '2019: the 结转下年度 row blank while the table writes 0 elsewhere',
      page: {
        template: '2019',
        values: { requests: { ...zeroRow('carried-out'), ...zeroRow('carried-in') } },
        cells: { requests: blankRow('carried-out') },
      },
      findings: [{ severity: 'error', section: 'requests', table: 'requests', row: 'carried-out', cellCount: 7 }],
      alone: true,
    },
  ],
});
