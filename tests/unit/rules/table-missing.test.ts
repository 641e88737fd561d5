// table-missing: a statistical table (or a proactive block) absent — alone, with no row-missing /
// column-missing / cell findings for its parts.
import { ruleCases } from '../../support/rule-cases';

ruleCases('table-missing', {
  valid: [
    { name: 'all three tables (2021)', page: {} },
    { name: 'all three tables, all five blocks (2019)', page: { template: '2019' } },
    { name: 'requests split over two tables is not missing', page: { splitRequestsAfter: ['carried-in'] } },
  ],
  invalid: [
    {
      name: 'proactive table absent, heading kept',
      page: { remove: { tables: ['proactive'] } },
      findings: [{ severity: 'error', section: 'proactive', table: 'proactive', messageEn: [/table/i] }],
      report: { tables: ['requests', 'appeals'] },
      alone: true,
    },
    {
      name: 'requests table absent',
      page: { remove: { tables: ['requests'] } },
      findings: [{ severity: 'error', section: 'requests', table: 'requests' }],
      report: { tables: ['proactive', 'appeals'] },
      alone: true,
    },
    {
      name: 'appeals table absent (section 四 holds only a sentence)',
      page: { remove: { tables: ['appeals'] }, notes: { appeals: '本年度未发生因政府信息公开引起的行政复议、行政诉讼。' } },
      findings: [{ severity: 'error', section: 'appeals', table: 'appeals' }],
      report: { tables: ['proactive', 'requests'] },
      alone: true,
    },
    {
      name: '2019 requests table absent',
      page: { template: '2019', remove: { tables: ['requests'] } },
      findings: [{ severity: 'error', section: 'requests', table: 'requests' }],
      alone: true,
    },
    {
      name: '2021 block art20-8 absent',
      page: { remove: { blocks: ['art20-8'] } },
      findings: [{ severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-8', message: ['第二十条第（八）项'] }],
      alone: true,
    },
    {
      name: '2021 block art20-1 absent',
      page: { remove: { blocks: ['art20-1'] } },
      findings: [{ severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-1' }],
      alone: true,
    },
    {
      name: '2019 block art20-9 absent',
      page: { template: '2019', remove: { blocks: ['art20-9'] } },
      findings: [{ severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-9' }],
      alone: true,
    },
    {
      name: '2019 blocks art20-6 and art20-8 absent: one finding each',
      page: { template: '2019', remove: { blocks: ['art20-6', 'art20-8'] } },
      findings: [
        { severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-6' },
        { severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-8' },
      ],
      alone: true,
    },
  ],
});
