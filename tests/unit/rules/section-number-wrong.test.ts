// section-number-wrong: one finding per heading whose ordinal is not its section's own.
import { ruleCases } from '../../support/rule-cases';

const NOT_OTHERWISE = ['section-order', 'section-missing', 'section-number-missing'];

ruleCases('section-number-wrong', {
  valid: [
    { name: 'canonical ordinals 一 … 六', page: {} },
    { name: 'ordinals written 一. and 一．', page: { headings: { overview: '一.总体情况', proactive: '二．主动公开政府信息情况', other: '六. 其他需要报告的事项' } } },
    { name: 'a heading without an ordinal is not a wrong ordinal', page: { headings: { requests: '收到和处理政府信息公开申请情况' } } },
    {
      name: 'a sub-heading 「（二）主动公开政府信息情况」 inside section 一 is not a section heading',
      page: { overview: ['2023年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，各项工作有序开展。', '（二）主动公开政府信息情况', '全年主动公开政府信息612条，其中规范性文件3件。'] },
      alone: true,
    },
    {
      name: 'the requests rows 一、二、 … 四、 inside the table are not headings',
      page: { template: '2019' },
    },
  ],
  invalid: [
    {
      name: '「二、收到和处理…」: section 三 numbered 二',
      page: { headings: { requests: '二、收到和处理政府信息公开申请情况' } },
      findings: [{ severity: 'warning', section: 'requests', message: ['二、收到和处理政府信息公开申请情况', '三'] }],
      absent: NOT_OTHERWISE,
    },
    {
      name: '「三、政府信息公开行政复议…」: section 四 numbered 三 (a duplicate 三)',
      page: { headings: { appeals: '三、政府信息公开行政复议、行政诉讼情况' } },
      findings: [{ severity: 'warning', section: 'appeals', message: ['四'] }],
      absent: NOT_OTHERWISE,
    },
    {
      name: 'seed 002: 二 used twice, then every heading one lower — one finding per heading',
      page: {
        headings: {
          requests: '二、收到和处理政府信息公开申请情况',
          appeals: '三、政府信息公开行政复议、行政诉讼情况',
          problems: '四、存在的主要问题及改进情况',
          other: '五、其他需要报告的事项',
        },
      },
      findings: [
        { severity: 'warning', section: 'requests' },
        { severity: 'warning', section: 'appeals' },
        { severity: 'warning', section: 'problems' },
        { severity: 'warning', section: 'other' },
      ],
      absent: NOT_OTHERWISE,
    },
    {
      name: 'first two ordinals swapped, sections in order',
      page: { headings: { overview: '二、总体情况', proactive: '一、主动公开政府信息情况' } },
      findings: [{ severity: 'warning', section: 'overview' }, { severity: 'warning', section: 'proactive' }],
      absent: NOT_OTHERWISE,
    },
    {
      name: 'section 六 numbered 七 (2019 template)',
      page: { template: '2019', headings: { other: '七、其他需要报告的事项' } },
      findings: [{ severity: 'warning', section: 'other', message: ['六'] }],
      alone: true,
    },
  ],
});
