// s6-fee-statement-missing: from 2021, section 六 must state the 信息处理费 (not the 行政事业性收费).
import { ruleCases } from '../../support/rule-cases';

const SIX = { severity: 'warning' as const, section: 'other' as const };

ruleCases('s6-fee-statement-missing', {
  valid: [
    { name: '「本年度本机关未收取信息处理费」', page: {} },
    { name: '「未产生信息处理费用」 (seed 003)', page: { other: '本年度未产生信息处理费用。' } },
    { name: 'the statement in the second paragraph', page: { other: ['（一）人大代表建议和政协提案办理情况：全部按期办结。', '（二）本年度依申请公开未收取信息处理费。'] } },
    { name: '2020 report (2019 template): 「无」 is enough', page: { template: '2019', year: 2020, other: '无' } },
    { name: '2019 report: the rule does not apply', page: { template: '2019', year: 2019, other: [] } },
  ],
  invalid: [
    { name: '「无」 alone (defect-structure fixture)', page: { other: '无' }, findings: [{ ...SIX, message: ['信息处理费'], messageEn: [/fee/i] }], alone: true },
    { name: '「无。」 in a 2021 report', page: { year: 2021, other: '无。' }, findings: [SIX], alone: true },
    { name: 'empty section 六', page: { other: [] }, findings: [SIX], alone: true },
    {
      name: 'only the 行政事业性收费 of table 二 — a different fee',
      page: { other: '本年度行政事业性收费12.36万元，已在第二部分列明。本年度无其他需要报告的事项。' },
      findings: [SIX],
      alone: true,
    },
    {
      name: 'a 2021 report on the 2019 template (seed 000): the year decides',
      page: { template: '2019', year: 2021, other: '无' },
      findings: [SIX],
      with: [{ rule: 'template-year-mismatch', severity: 'error' }],
    },
  ],
});
