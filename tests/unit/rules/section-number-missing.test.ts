// section-number-missing: a section heading without any ordinal.
import { ruleCases } from '../../support/rule-cases';

ruleCases('section-number-missing', {
  valid: [
    { name: 'canonical ordinals', page: {} },
    { name: 'ordinals written 一. and 一．', page: { headings: { overview: '一.总体情况', problems: '五．存在的主要问题及改进情况' } } },
    { name: 'a wrong ordinal is not a missing one', page: { headings: { requests: '二、收到和处理政府信息公开申请情况' } } },
  ],
  invalid: [
    {
      name: 'seed 003: 「收到和处理政府信息公开申请情况」 without 三、',
      page: { headings: { requests: '收到和处理政府信息公开申请情况' } },
      findings: [{ severity: 'warning', section: 'requests', message: ['收到和处理政府信息公开申请情况', '三'] }],
      alone: true,
    },
    {
      name: '「总体情况」 without 一、',
      page: { headings: { overview: '总体情况' } },
      findings: [{ severity: 'warning', section: 'overview' }],
      alone: true,
    },
    {
      name: 'two headings without ordinals: one finding each',
      page: { template: '2019', headings: { appeals: '政府信息公开行政复议、行政诉讼情况', other: '其他需要报告的事项' } },
      findings: [{ severity: 'warning', section: 'appeals' }, { severity: 'warning', section: 'other' }],
      alone: true,
    },
  ],
});
