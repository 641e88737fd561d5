// column-missing: a column of the template is not found.
import { ruleCases } from '../../support/rule-cases';

ruleCases('column-missing', {
  valid: [
    { name: 'every column (2021)', page: {} },
    { name: 'every column (2019)', page: { template: '2019' } },
    { name: 'a table absent is table-missing, not column-missing', page: { remove: { tables: ['appeals'] } } },
    { name: 'a column named by a variant is not missing', page: { columnLabels: { requests: { 'public-interest': '社会组织' } } } },
  ],
  invalid: [
    {
      name: 'requests column 科研机构 removed',
      page: { remove: { columns: { requests: ['research'] } } },
      findings: [{ severity: 'error', section: 'requests', table: 'requests', column: 'research', message: ['科研机构'] }],
      alone: true,
    },
    {
      name: 'requests column 总计 removed',
      page: { remove: { columns: { requests: ['total'] } } },
      findings: [{ severity: 'error', section: 'requests', table: 'requests', column: 'total' }],
      alone: true,
    },
    {
      name: 'requests column 自然人 removed (2019)',
      page: { template: '2019', remove: { columns: { requests: ['natural-person'] } } },
      findings: [{ severity: 'error', section: 'requests', table: 'requests', column: 'natural-person' }],
      alone: true,
    },
    {
      name: 'appeals column 行政复议 · 其他结果 removed',
      page: { remove: { columns: { appeals: ['review/other'] } } },
      findings: [{ severity: 'error', section: 'appeals', table: 'appeals', row: 'review', column: 'other' }],
      alone: true,
    },
    {
      name: 'appeals column 未经复议直接起诉 · 总计 removed',
      page: { remove: { columns: { appeals: ['suit-direct/total'] } } },
      findings: [{ severity: 'error', section: 'appeals', table: 'appeals', row: 'suit-direct', column: 'total' }],
      alone: true,
    },
    {
      name: '2021 proactive column 本年废止件数 removed',
      page: { remove: { columns: { proactive: ['art20-1/repealed'] } } },
      findings: [{ severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-1', column: 'repealed' }],
      alone: true,
    },
    {
      name: '2019 proactive column 本年增/减 of art20-5 removed',
      page: { template: '2019', remove: { columns: { proactive: ['art20-5/change'] } } },
      findings: [{ severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-5', column: 'change' }],
      alone: true,
    },
  ],
});
