// template-mixed: markers of both templates on one page.
import { ruleCases } from '../../support/rule-cases';

ruleCases('template-mixed', {
  valid: [
    { name: '2021 tables only', page: { template: '2021' }, report: { template: '2021' } },
    { name: '2019 tables only', page: { template: '2019' }, report: { template: '2019' } },
    { name: 'proactive table missing: nothing to mix', page: { template: '2021', remove: { tables: ['proactive'] } } },
  ],
  invalid: [
    {
      name: '2021 proactive table with a 2019 requests table (year 2023)',
      page: { template: '2021', year: 2023, requestsTemplate: '2019' },
      findings: [{ severity: 'warning', message: ['2019', '2021'] }],
      report: { template: 'mixed' },
      with: [{ rule: 'template-year-mismatch', severity: 'error' }],
      absent: ['row-missing', 'row-unexpected', 't3-row-total', 't3-results-total', 't3-balance'],
    },
    {
      name: '2019 proactive table with a 2021 requests table (year 2020)',
      page: { template: '2019', year: 2020, requestsTemplate: '2021' },
      findings: [{ severity: 'warning' }],
      report: { template: 'mixed' },
      with: [{ rule: 'template-year-mismatch', severity: 'error' }],
      absent: ['row-missing', 'row-unexpected', 't3-row-total', 't3-results-total', 't3-balance', 't2-2019-count-nonneg'],
    },
    {
      name: '2019 proactive table with a 2021 requests table (year 2023)',
      page: { template: '2021', year: 2023, proactiveTemplate: '2019' },
      findings: [{ severity: 'warning' }],
      report: { template: 'mixed' },
      with: [{ rule: 'template-year-mismatch', severity: 'error' }],
    },
  ],
});
