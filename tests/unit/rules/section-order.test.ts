// section-order: sections out of the order 一 → 六. Interpretation (as the fixtures'): the heading
// flagged is the one that comes after a section that should follow it.
import { ruleCases } from '../../support/rule-cases';

ruleCases('section-order', {
  valid: [
    { name: 'sections in order', page: {} },
    {
      name: 'misnumbered but in order (seed 002) is not an order problem',
      page: { headings: { requests: '二、收到和处理政府信息公开申请情况', appeals: '三、政府信息公开行政复议、行政诉讼情况' } },
      with: [{ rule: 'section-number-wrong', severity: 'warning', section: 'requests' }],
    },
  ],
  invalid: [
    {
      name: '六 before 五 (each with its own ordinal)',
      page: { order: ['overview', 'proactive', 'requests', 'appeals', 'other', 'problems'] },
      findings: [{ severity: 'warning', section: 'problems' }],
      absent: ['section-number-wrong', 'section-missing'],
      report: { sections: ['overview', 'proactive', 'requests', 'appeals', 'other', 'problems'] },
    },
    {
      name: '二 moved after 四',
      page: { order: ['overview', 'requests', 'appeals', 'proactive', 'problems', 'other'] },
      findings: [{ severity: 'warning', section: 'proactive' }],
      absent: ['section-number-wrong', 'section-missing'],
    },
    {
      name: '一、二、四、三、五、六 (as the defect-structure fixture)',
      page: { order: ['overview', 'proactive', 'appeals', 'requests', 'problems', 'other'] },
      findings: [{ severity: 'warning', section: 'requests' }],
      absent: ['section-number-wrong', 'section-missing'],
    },
  ],
});
