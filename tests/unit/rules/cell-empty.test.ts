// cell-empty: blank value cells outside blank blocks and blank totals — one finding per table.
import { reportNumbers } from '../../support/report-builder';
import { BLANKS_NOTE_ZH, ruleCases } from '../../support/rule-cases';

const n = reportNumbers();

ruleCases('cell-empty', {
  valid: [
    { name: 'no blank cell', page: {} },
    {
      name: 'a blank total with non-zero parts is cell-empty-total only',
      page: { cells: { requests: { 'granted/total': '' } } },
      with: [{ rule: 'cell-empty-total', severity: 'error', section: 'requests', table: 'requests', row: 'granted', column: 'total' }],
    },
    {
      name: 'a blank block in a table that writes 0 is cell-empty-block only',
      page: { values: { appeals: { 'suit-direct/other': 0 } }, cells: { appeals: { 'review/upheld': '', 'review/corrected': '', 'review/other': '', 'review/pending': '', 'review/total': '' } } },
      with: [{ rule: 'cell-empty-block', severity: 'error', section: 'appeals', table: 'appeals', row: 'review' }],
    },
    { name: 'a written 0 is not blank', page: { values: { requests: { 'granted/research': 0 } } } },
    { name: 'a trailing row of &nbsp; cells after the appeals data row is not read', page: { appealsTrailingRow: true }, alone: true },
  ],
  invalid: [
    {
      name: 'one blank cell that means zero',
      page: { values: { requests: { 'denied-state-secret/research': 0 } }, cells: { requests: { 'denied-state-secret/research': '' } } },
      findings: [{ severity: 'info', section: 'requests', table: 'requests', cells: [{ row: 'denied-state-secret', column: 'research', role: 'value' }], message: ['1'] }],
      alone: true,
    },
    {
      name: '&nbsp; is blank',
      page: { values: { requests: { 'granted/legal-service': 0 } }, cells: { requests: { 'granted/legal-service': '&nbsp;' } } },
      findings: [{ severity: 'info', section: 'requests', table: 'requests', cells: [{ row: 'granted', column: 'legal-service', role: 'value' }] }],
      alone: true,
    },
    {
      name: 'blanks in two tables: one finding per table, counting its cells',
      page: {
        values: { requests: { 'granted/research': 0, 'carried-out/other-org': 0 } },
        cells: { requests: { 'granted/research': '', 'carried-out/other-org': '' }, proactive: { 'art20-6/coercion/decisions': '' } },
      },
      findings: [
        { severity: 'info', section: 'requests', table: 'requests', cellCount: 2, message: ['2'], messageEn: ['2'] },
        { severity: 'info', section: 'proactive', table: 'proactive', cells: [{ block: 'art20-6', row: 'coercion', column: 'decisions', role: 'value' }] },
      ],
      alone: true,
    },
    {
      name: 'the review group blank in an appeals table without any 0: counted here, not cell-empty-block',
      page: { cells: { appeals: { 'review/upheld': '', 'review/corrected': '', 'review/other': '', 'review/pending': '', 'review/total': '' } } },
      findings: [{ severity: 'info', section: 'appeals', table: 'appeals', cellCount: 5, message: ['5'] }],
      alone: true,
    },
    {
      name: 'a blank that hides a non-zero value: listed here, and its relations fail with blanks read as 0',
      page: { cells: { requests: { 'granted/business': '' } } },
      findings: [{ severity: 'info', section: 'requests', table: 'requests', cells: [{ row: 'granted', column: 'business', role: 'value' }] }],
      with: [
        { rule: 't3-row-total', severity: 'error', section: 'requests', table: 'requests', row: 'granted', column: 'total', message: [BLANKS_NOTE_ZH], expected: n.requests['granted/total']! - n.requests['granted/business']!, actual: n.requests['granted/total']! },
        { rule: 't3-results-total', severity: 'error', section: 'requests', table: 'requests', row: 'total', column: 'business' },
      ],
    },
  ],
});
