// cell-non-numeric: a value cell holding text; the relations it blocks become review/warning.
import { ruleCases } from '../../support/rule-cases';

ruleCases('cell-non-numeric', {
  valid: [
    { name: 'numbers only', page: {} },
    { name: 'a placeholder is not text', page: { values: { requests: { 'granted/research': 0 } }, cells: { requests: { 'granted/research': '无' } } } },
    { name: 'a number with its unit is not text', page: { template: '2019', cells: { proactive: { 'art20-9/procurement/amount': '1866.12 万元' } } } },
    { name: 'full-width digits are a number', page: { cells: { proactive: { 'art20-5/licensing/decisions': '１４６' } } }, alone: true },
  ],
  invalid: [
    {
      name: '「不详」 in a requests cell (defect-blanks fixture): blocks its row total and its column total',
      page: { cells: { requests: { 'rejected-petition/natural-person': '不详' } } },
      findings: [{
        severity: 'error', section: 'requests', table: 'requests', row: 'rejected-petition', column: 'natural-person',
        cells: [{ row: 'rejected-petition', column: 'natural-person', role: 'value' }], message: ['不详'],
      }],
      with: [
        { rule: 't3-row-total', severity: 'warning', status: 'review', section: 'requests', table: 'requests', row: 'rejected-petition', column: 'total' },
        { rule: 't3-results-total', severity: 'warning', status: 'review', section: 'requests', table: 'requests', row: 'total', column: 'natural-person' },
      ],
      absent: ['t3-balance'],
    },
    {
      name: '「若干」 in a proactive count (no relation to block)',
      page: { cells: { proactive: { 'art20-5/licensing/decisions': '若干' } } },
      findings: [{ severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-5', row: 'licensing', column: 'decisions' }],
      alone: true,
    },
    {
      name: '「见附件」 in an appeals cell',
      page: { cells: { appeals: { 'review/upheld': '见附件' } } },
      findings: [{ severity: 'error', section: 'appeals', table: 'appeals', row: 'review', column: 'upheld' }],
      with: [{ rule: 't4-review-total', severity: 'warning', status: 'review', section: 'appeals', table: 'appeals', row: 'review', column: 'total' }],
    },
    {
      name: '「详见附件」 as the 2019 procurement amount',
      page: { template: '2019', cells: { proactive: { 'art20-9/procurement/amount': '详见附件' } } },
      findings: [{ severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-9', row: 'procurement', column: 'amount' }],
      alone: true,
    },
  ],
});
