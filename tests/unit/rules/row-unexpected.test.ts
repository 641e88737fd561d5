// row-unexpected: a row the template does not have; it is kept out of the sums.
import { RESULTS_GROUP, reportNumbers } from '../../support/report-builder';
import { ruleCases } from '../../support/rule-cases';

const n = reportNumbers();
const DENIED = ['denied-state-secret', 'denied-prohibited', 'denied-security', 'denied-third-party', 'denied-internal', 'denied-process', 'denied-enforcement', 'denied-inquiry'];
const deniedSubtotal = ['natural-person', 'business', 'research', 'public-interest', 'legal-service', 'other-org', 'total']
  .map((c) => String(DENIED.reduce((s, r) => s + n.requests[`${r}/${c}`]!, 0)));

ruleCases('row-unexpected', {
  valid: [
    { name: 'template rows only (2021)', page: {} },
    { name: 'template rows only (2019)', page: { template: '2019' } },
  ],
  invalid: [
    {
      name: 'a regional row 「其中：通过互联网提交的申请」 under 本年新收, kept out of the sums',
      page: { extraRows: { requests: [{ after: 'new', label: '其中：通过互联网提交的申请', values: ['9', '9', '9', '9', '9', '9', '9'] }] } },
      findings: [{ severity: 'info', section: 'requests', table: 'requests', message: ['通过互联网提交的申请'] }],
      alone: true,
    },
    {
      name: 'a subtotal row 「不予公开小计」 among the outcome rows, kept out of the results total',
      page: { extraRows: { requests: [{ after: 'denied-inquiry', groups: [RESULTS_GROUP], label: '不予公开小计', values: deniedSubtotal }] } },
      findings: [{ severity: 'info', section: 'requests', table: 'requests' }],
      alone: true,
    },
    {
      name: 'a regional row 「行政确认」 in proactive block art20-5',
      page: { extraRows: { proactive: [{ after: 'art20-5/licensing', label: '行政确认', values: ['7'] }] } },
      findings: [{ severity: 'info', section: 'proactive', table: 'proactive', block: 'art20-5', message: ['行政确认'] }],
      alone: true,
    },
  ],
});
