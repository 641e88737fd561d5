// s5-empty: section 五 empty, only 「无」, or under 10 characters.
import { ruleCases } from '../../support/rule-cases';

const FIVE = { severity: 'warning' as const, section: 'problems' as const };

ruleCases('s5-empty', {
  valid: [
    { name: 'two paragraphs of problems and improvements', page: {} },
    { name: 'exactly 10 characters', page: { problems: '栏目更新不及时已整改' } },
    {
      name: 'section 五 absent: section-missing alone, no s5-empty',
      page: { order: ['overview', 'proactive', 'requests', 'appeals', 'other'] },
      with: [{ rule: 'section-missing', severity: 'error', section: 'problems' }],
    },
  ],
  invalid: [
    { name: 'only 「无」', page: { problems: '无' }, findings: [{ ...FIVE, message: ['无'] }], alone: true },
    { name: 'only 「无。」', page: { problems: '无。' }, findings: [FIVE], alone: true },
    { name: 'empty: heading 五 directly followed by 六', page: { problems: [] }, findings: [FIVE], alone: true },
    { name: '「暂无。」', page: { problems: '暂无。' }, findings: [FIVE], alone: true },
    { name: 'only &nbsp;', page: { problems: '&nbsp;' }, findings: [FIVE], alone: true },
    { name: '9 characters', page: { problems: '栏目更新不及时已改' }, findings: [FIVE], alone: true },
    { name: '「没有」 on a 2019-template report', page: { template: '2019', problems: '没有' }, findings: [FIVE], alone: true },
  ],
});
