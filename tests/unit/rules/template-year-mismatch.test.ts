// template-year-mismatch: year ≥ 2021 uses the 2021 template, 2019–2020 the 2019 trial template.
import { ruleCases } from '../../support/rule-cases';

ruleCases('template-year-mismatch', {
  valid: [
    { name: '2021 template, year 2023', page: { template: '2021', year: 2023 } },
    { name: '2021 template, year 2021 (the first year of the template)', page: { template: '2021', year: 2021 } },
    { name: '2019 template, year 2020', page: { template: '2019', year: 2020 } },
    { name: '2019 template, year 2019', page: { template: '2019', year: 2019 } },
  ],
  invalid: [
    {
      name: '2019 template for a 2021 report (seed 000): one finding, not one per table',
      page: { template: '2019', year: 2021 },
      findings: [{ severity: 'error', message: ['2021'], messageEn: ['2021'] }],
      report: { year: 2021, template: '2019' },
      alone: true,
    },
    { name: '2019 template for a 2024 report', page: { template: '2019', year: 2024 }, findings: [{ severity: 'error' }], alone: true },
    { name: '2021 template for a 2020 report', page: { template: '2021', year: 2020 }, findings: [{ severity: 'error', message: ['2020'] }], alone: true },
    { name: '2021 template for a 2019 report', page: { template: '2021', year: 2019 }, findings: [{ severity: 'error' }], alone: true },
    {
      name: 'a 2023 report with a 2019 requests table only',
      page: { template: '2021', year: 2023, requestsTemplate: '2019' },
      findings: [{ severity: 'error' }],
      with: [{ rule: 'template-mixed', severity: 'warning' }],
    },
  ],
});
