// date-future: a signature or publication date later than the `now` the audit is given.
import { ruleCases } from '../../support/rule-cases';

// A 2025 report signed 2026-01-20 and published 2026-01-25.
const PAGE = { year: 2025, signature: '2026年1月20日', published: '2026-01-25' };

ruleCases('date-future', {
  valid: [
    { name: 'dates in the past (now 2026-11-23)', page: {} },
    { name: 'the same page audited on a later day', page: PAGE, now: new Date('2026-11-23T08:00:00Z') },
    { name: 'published today', page: { year: 2025, published: '2026-11-23', signature: '2026年1月20日' }, with: [{ rule: 'date-late', severity: 'warning' }] },
  ],
  invalid: [
    {
      name: 'signature 2031年1月5日 (defect-2019-mixed fixture)',
      page: { signature: '2031年1月5日' },
      findings: [{ severity: 'warning', message: ['2031-01-05', '2026-11-23'], messageEn: ['2031-01-05'] }],
      absent: ['date-before-period-end'],
    },
    {
      name: 'published tomorrow',
      page: { year: 2025, published: '2026-11-24' },
      findings: [{ severity: 'warning', message: ['2026-11-24'] }],
    },
    {
      name: 'the same page audited between signature and publication: the publication is in the future',
      page: PAGE,
      now: new Date('2026-01-22T08:00:00Z'),
      findings: [{ severity: 'warning', message: ['2026-01-25', '2026-01-22'] }],
      alone: true,
    },
    {
      name: 'the same page audited before it was signed: both dates in the future, with different ids',
      page: PAGE,
      now: new Date('2026-01-19T08:00:00Z'),
      findings: [{ severity: 'warning', message: ['2026-01-20'] }, { severity: 'warning', message: ['2026-01-25'] }],
      alone: true,
    },
  ],
});
