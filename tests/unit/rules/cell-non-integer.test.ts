// cell-non-integer: a count with decimals (only amount columns may have them).
import { ruleCases } from '../../support/rule-cases';

ruleCases('cell-non-integer', {
  valid: [
    { name: '2021 本年收费金额 12.36 (万元)', page: {} },
    { name: '2019 采购总金额 186.5', page: { template: '2019' } },
    { name: 'an amount with its unit 「1866.12 万元」', page: { template: '2019', cells: { proactive: { 'art20-9/procurement/amount': '1866.12 万元' } } } },
  ],
  invalid: [
    {
      name: 'a proactive count 3.5',
      page: { cells: { proactive: { 'art20-5/licensing/decisions': '3.5' } } },
      findings: [{ severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-5', row: 'licensing', column: 'decisions', actual: 3.5, message: ['3.5'] }],
      alone: true,
    },
    {
      name: 'an appeals count 0.5 with its total 4.5 (consistent): one finding per cell',
      page: { values: { appeals: { 'review/pending': 0.5 } } },
      findings: [
        { severity: 'error', section: 'appeals', table: 'appeals', row: 'review', column: 'pending', actual: 0.5 },
        { severity: 'error', section: 'appeals', table: 'appeals', row: 'review', column: 'total', actual: 4.5 },
      ],
      alone: true,
    },
    {
      name: 'a 2019 本年增/减 of 「+1.5」 (a count, though signed)',
      page: { template: '2019', cells: { proactive: { 'art20-5/licensing/change': '+1.5' } } },
      findings: [{ severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-5', row: 'licensing', column: 'change', actual: 1.5 }],
      alone: true,
    },
    {
      name: 'a 2019 采购项目数量 of 2.5',
      page: { template: '2019', cells: { proactive: { 'art20-9/procurement/projects': '2.5' } } },
      findings: [{ severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-9', row: 'procurement', column: 'projects' }],
      alone: true,
    },
  ],
});
