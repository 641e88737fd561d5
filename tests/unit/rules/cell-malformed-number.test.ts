// cell-malformed-number: digits that are not a clean number; read by their digits for arithmetic.
import { ruleCases } from '../../support/rule-cases';

ruleCases('cell-malformed-number', {
  valid: [
    { name: 'clean numbers', page: {} },
    { name: 'thousands separator', page: { values: { proactive: { 'art20-5/licensing/decisions': 1234 } }, cells: { proactive: { 'art20-5/licensing/decisions': '1,234' } } }, alone: true },
    { name: 'signed changes 「+2」「-1」 (2019)', page: { template: '2019' } },
    { name: '&nbsp; padding around a number', page: { cells: { appeals: { 'review/upheld': '&nbsp;2&nbsp;' } } }, alone: true },
  ],
  invalid: [
    {
      name: '「00」 where the value is 0 (seed 002): read as 0, no arithmetic finding',
      page: { values: { requests: { 'denied-state-secret/research': 0 } }, cells: { requests: { 'denied-state-secret/research': '00' } } },
      findings: [{ severity: 'warning', section: 'requests', table: 'requests', row: 'denied-state-secret', column: 'research', actual: 0, message: ['00'] }],
      alone: true,
    },
    {
      name: '「00」 twice: one finding per cell',
      page: {
        values: { requests: { 'denied-state-secret/research': 0, 'denied-enforcement/research': 0 } },
        cells: { requests: { 'denied-state-secret/research': '00', 'denied-enforcement/research': '00' } },
      },
      findings: [
        { severity: 'warning', section: 'requests', table: 'requests', row: 'denied-state-secret', column: 'research' },
        { severity: 'warning', section: 'requests', table: 'requests', row: 'denied-enforcement', column: 'research' },
      ],
      alone: true,
    },
    {
      name: '「0 0」 in an appeals cell',
      page: { values: { appeals: { 'suit-direct/other': 0 } }, cells: { appeals: { 'suit-direct/other': '0 0' } } },
      findings: [{ severity: 'warning', section: 'appeals', table: 'appeals', row: 'suit-direct', column: 'other', actual: 0 }],
      alone: true,
    },
    {
      name: '「1 2」 where the value is 12: read as 12, relations hold',
      page: { values: { requests: { 'granted/natural-person': 12 } }, cells: { requests: { 'granted/natural-person': '1 2' } } },
      findings: [{ severity: 'warning', section: 'requests', table: 'requests', row: 'granted', column: 'natural-person', actual: 12 }],
      alone: true,
    },
    {
      name: '「1 4 6」 in a proactive count',
      page: { cells: { proactive: { 'art20-5/licensing/decisions': '1 4 6' } } },
      findings: [{ severity: 'warning', section: 'proactive', table: 'proactive', block: 'art20-5', row: 'licensing', column: 'decisions', actual: 146 }],
      alone: true,
    },
  ],
});
