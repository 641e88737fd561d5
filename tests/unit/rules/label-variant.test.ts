// label-variant: a heading, row or column matched only through a known variant; the message shows
// the page's words and the template's. Spacing, half-width forms, quote styles and labels broken
// over lines are normalisation, not variants (as the seed fixtures read them).
import { ruleCases } from '../../support/rule-cases';

const heading = (section: 'overview' | 'proactive' | 'requests' | 'appeals' | 'problems' | 'other', text: string, template: string) => ({
  name: `heading 「${text}」`,
  page: { headings: { [section]: text } },
  findings: [{ severity: 'info' as const, section, message: [text.replace(/^[一二三四五六]、/, ''), template], messageEn: [template] }],
  alone: true,
});

const NOT_STRUCTURAL = ['row-missing', 'column-missing', 'row-unexpected', 'section-missing'];

ruleCases('label-variant', {
  valid: [
    { name: 'canonical labels (2021)', page: {} },
    { name: 'canonical labels (2019: 规范性文件 is the 2019 row label)', page: { template: '2019' } },
    {
      name: 'header labels with spaces between characters',
      page: { columnLabels: { requests: { 'natural-person': '自 然 人', 'public-interest': '社 会 公 益 组 织', business: '商业 企业' }, appeals: { 'review/upheld': '结 果 维 持' } } },
    },
    { name: 'half-width ordinal with a trailing space', page: { rowLabels: { requests: { granted: '(一) 予以公开', total: '(七)总计' } } } },
    { name: 'a row label broken over two lines in its cell', page: { rowLabels: { requests: { 'denied-inquiry': '8.属于行政查询事<br>项' } } } },
    { name: 'other quote styles', page: { rowLabels: { requests: { 'denied-security': '3.危及"三安全一稳定"' } } } },
    { name: 'corner-bracket quotes', page: { rowLabels: { requests: { 'denied-security': '3.危及「三安全一稳定」' } } } },
    { name: 'heading ordinal written 一.', page: { headings: { overview: '一.总体情况' } } },
    { name: 'a unit note in the amount header', page: { columnLabels: { proactive: { 'art20-8/amount': '本年收费金额（单位：万元，保留4位小数）' } } } },
  ],
  invalid: [
    heading('overview', '一、工作开展情况', '总体情况'),
    heading('problems', '五、存在的主要问题及改进措施', '存在的主要问题及改进情况'),
    heading('problems', '五、政府信息公开工作存在的主要问题及改进情况', '存在的主要问题及改进情况'),
    heading('appeals', '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', '政府信息公开行政复议、行政诉讼情况'),
    heading('proactive', '二、主动公开政府信息情况统计表', '主动公开政府信息情况'),
    heading('requests', '三、本年度收到和处理政府信息公开申请情况', '收到和处理政府信息公开申请情况'),
    {
      name: 'requests row 「2.其他法律法规禁止公开」 (seed 004)',
      page: { rowLabels: { requests: { 'denied-prohibited': '2.其他法律法规禁止公开' } } },
      findings: [{ severity: 'info', section: 'requests', table: 'requests', row: 'denied-prohibited', message: ['其他法律法规禁止公开', '其他法律行政法规禁止公开'] }],
      alone: true,
    },
    {
      name: 'requests row without its 「2.」 (seed 003)',
      page: { rowLabels: { requests: { 'other-unpaid-fee': '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' } } },
      findings: [{ severity: 'info', section: 'requests', table: 'requests', row: 'other-unpaid-fee' }],
      alone: true,
    },
    {
      name: 'requests rows 「四、结转下一年度继续办理」 and 「（七）合计」',
      page: { rowLabels: { requests: { 'carried-out': '四、结转下一年度继续办理', total: '（七）合计' } } },
      findings: [
        { severity: 'info', section: 'requests', table: 'requests', row: 'carried-out' },
        { severity: 'info', section: 'requests', table: 'requests', row: 'total' },
      ],
      absent: NOT_STRUCTURAL,
    },
    {
      name: 'requests column 社会组织 (seed 004)',
      page: { columnLabels: { requests: { 'public-interest': '社会组织' } } },
      findings: [{ severity: 'info', section: 'requests', table: 'requests', column: 'public-interest', message: ['社会组织', '社会公益组织'] }],
      alone: true,
    },
    {
      name: 'requests columns 其他组织 and 合计',
      page: { columnLabels: { requests: { 'other-org': '其他组织', total: '合计' } } },
      findings: [
        { severity: 'info', section: 'requests', table: 'requests', column: 'other-org' },
        { severity: 'info', section: 'requests', table: 'requests', column: 'total' },
      ],
      absent: NOT_STRUCTURAL,
    },
    {
      name: 'appeals review column 合计',
      page: { columnLabels: { appeals: { 'review/total': '合计' } } },
      findings: [{ severity: 'info', section: 'appeals', table: 'appeals', row: 'review', column: 'total' }],
      alone: true,
    },
    {
      name: '2021 proactive row 规范性文件 (seed 003)',
      page: { rowLabels: { proactive: { 'art20-1/normative-docs': '规范性文件' } } },
      findings: [{ severity: 'info', section: 'proactive', table: 'proactive', block: 'art20-1', row: 'normative-docs', message: ['规范性文件', '行政规范性文件'] }],
      alone: true,
    },
    {
      name: '2021 proactive column 收费金额（单位：万元） without 本年',
      page: { columnLabels: { proactive: { 'art20-8/amount': '收费金额（单位：万元）' } } },
      findings: [{ severity: 'info', section: 'proactive', table: 'proactive', block: 'art20-8', column: 'amount' }],
      absent: NOT_STRUCTURAL,
    },
    {
      name: '2019 proactive column 本年增减',
      page: { template: '2019', columnLabels: { proactive: { 'art20-5/change': '本年增减' } } },
      findings: [{ severity: 'info', section: 'proactive', table: 'proactive', block: 'art20-5', column: 'change' }],
      absent: NOT_STRUCTURAL,
    },
  ],
});
