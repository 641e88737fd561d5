// date-missing: neither a signature date nor a page publication date.
import { ruleCases } from '../../support/rule-cases';

ruleCases('date-missing', {
  valid: [
    { name: 'signature and 发布日期', page: {}, report: { signedOn: '2024-01-20', publishedOn: '2024-01-25' } },
    { name: 'signature only', page: { published: null }, report: { signedOn: '2024-01-20', publishedOn: null } },
    { name: '发布日期 only', page: { signature: null }, report: { signedOn: null, publishedOn: '2024-01-25' } },
    { name: '<meta name="PubDate"> only', page: { signature: null, published: null, publishedMeta: '2024-01-25 09:30' }, report: { publishedOn: '2024-01-25' } },
    { name: 'a signature written 二〇二四年一月二十日', page: { published: null, signature: '二〇二四年一月二十日' }, report: { signedOn: '2024-01-20' } },
  ],
  invalid: [
    {
      name: 'no signature, no publication date (seed 001)',
      page: { signature: null, published: null },
      findings: [{ severity: 'warning', messageEn: [/date/i] }],
      report: { signedOn: null, publishedOn: null },
      alone: true,
    },
    {
      name: 'no date on a 2019-template page; the statistics period dates in the first paragraph are not the report date',
      page: { template: '2019', signature: null, published: null },
      findings: [{ severity: 'warning' }],
      alone: true,
    },
  ],
});
