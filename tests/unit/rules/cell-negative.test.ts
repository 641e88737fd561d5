// cell-negative: a negative value anywhere except the 2019 `change` column.
import { ruleCases } from '../../support/rule-cases';

ruleCases('cell-negative', {
  valid: [
    { name: 'no negative value (2021)', page: {} },
    { name: 'signed changes 「+2」「-1」 in the 2019 本年增/减 column are legal', page: { template: '2019' } },
    { name: '「-7」 in the 2019 本年增/减 column (seed 001)', page: { template: '2019', values: { proactive: { 'art20-5/other-services/change': -7 } } }, alone: true },
    { name: '「-12」 bringing the count to exactly 0', page: { template: '2019', cells: { proactive: { 'art20-5/licensing/change': '-12' } } }, alone: true },
  ],
  invalid: [
    {
      name: 'a negative requests count (totals consistent)',
      page: { values: { requests: { 'granted/business': -1 } } },
      findings: [{ severity: 'error', section: 'requests', table: 'requests', row: 'granted', column: 'business', actual: -1, message: ['-1'] }],
      alone: true,
    },
    {
      name: 'a negative 2021 proactive count',
      page: { cells: { proactive: { 'art20-6/coercion/decisions': '-5' } } },
      findings: [{ severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-6', row: 'coercion', column: 'decisions', actual: -5 }],
      alone: true,
    },
    {
      name: 'a negative appeals count (totals consistent)',
      page: { values: { appeals: { 'review/pending': -1 } } },
      findings: [{ severity: 'error', section: 'appeals', table: 'appeals', row: 'review', column: 'pending', actual: -1 }],
      alone: true,
    },
    {
      name: 'a negative 2019 上一年项目数量 (only change may be signed)',
      page: { template: '2019', values: { proactive: { 'art20-5/licensing/prev-items': -1 } } },
      findings: [{ severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-5', row: 'licensing', column: 'prev-items', actual: -1 }],
      alone: true,
    },
    {
      name: 'a negative 2019 采购总金额',
      page: { template: '2019', cells: { proactive: { 'art20-9/procurement/amount': '-186.5' } } },
      findings: [{ severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-9', row: 'procurement', column: 'amount', actual: -186.5 }],
      alone: true,
    },
  ],
});
