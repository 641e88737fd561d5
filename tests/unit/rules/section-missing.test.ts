// section-missing: each of the six section headings must be found outside the tables.
import type { SectionKey } from '../../support/report-builder';
import { SECTION_KEYS } from '../../support/report-builder';
import type { RuleCase } from '../../support/rule-cases';
import { ruleCases } from '../../support/rule-cases';

const headingOmitted: RuleCase[] = SECTION_KEYS.map((key: SectionKey) => ({
  name: `heading of ${key} omitted (its content stays)`,
  page: { headings: { [key]: null } },
  findings: [{ severity: 'error' as const, section: key, messageEn: [/section/i] }],
  absent: ['section-order', 'section-number-wrong'],
}));

ruleCases('section-missing', {
  valid: [
    { name: 'all six canonical headings (2021)', page: {} },
    { name: 'all six canonical headings (2019)', page: { template: '2019' } },
    {
      name: 'headings written through known variants',
      page: {
        headings: {
          overview: '一、工作开展情况',
          appeals: '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
          problems: '五、存在的主要问题及改进措施',
        },
      },
      with: [{ rule: 'label-variant', severity: 'info', section: 'overview' }],
    },
    { name: 'a heading without its ordinal is still the section', page: { headings: { requests: '收到和处理政府信息公开申请情况' } } },
    { name: 'ordinals written 一. and 一．', page: { headings: { overview: '一.总体情况', proactive: '二．主动公开政府信息情况' } } },
  ],
  invalid: [
    ...headingOmitted,
    {
      name: 'section 五 absent entirely: section-missing alone (no s5-empty)',
      page: { order: ['overview', 'proactive', 'requests', 'appeals', 'other'] },
      findings: [{ severity: 'error', section: 'problems', message: ['存在的主要问题及改进情况'] }],
      report: { sections: ['overview', 'proactive', 'requests', 'appeals', 'other'] },
      alone: true,
    },
    {
      name: 'section 五 absent, its heading words only inside a data table (text inside <table> is not a heading)',
      page: {
        order: ['overview', 'proactive', 'requests', 'appeals', 'other'],
        notes: { appeals: '本年度复议诉讼情况见下表。<table border="1"><tr><td>五、存在的主要问题及改进情况</td><td>见附件</td><td>略</td></tr></table>' },
      },
      findings: [{ severity: 'error', section: 'problems' }],
      absent: ['s5-empty'],
    },
    {
      name: 'sections 五 and 六 both absent',
      page: { order: ['overview', 'proactive', 'requests', 'appeals'] },
      findings: [{ severity: 'error', section: 'problems' }, { severity: 'error', section: 'other' }],
      absent: ['s5-empty'],
    },
    {
      name: 'section 一 absent entirely (2019 template)',
      page: { template: '2019', order: ['proactive', 'requests', 'appeals', 'problems', 'other'] },
      findings: [{ severity: 'error', section: 'overview' }],
      alone: true,
    },
  ],
});
