// date-late: departments publish by 31 January; a government of its own level (人民政府, 管委会,
// 行政公署, 乡镇, 街道) by 31 March — a government publishing in February or March is on time,
// after 31 March a warning. The agency is the body named in the title; one that cannot be told is
// late after 31 March and asked about (info) in between.
// Interpretation: the publication date decides; without one, the signature date stands for it.
import type { RuleCase } from '../../support/rule-cases';
import { ruleCases } from '../../support/rule-cases';

const late = (name: string, agency: string, published: string, severity: 'warning' | 'info', extra: Partial<RuleCase['page']> = {}): RuleCase => ({
  name, page: { agency, published, ...extra }, findings: [{ severity, message: [published] }], alone: true,
});

ruleCases('date-late', {
  valid: [
    { name: 'a department publishing on 31 January', page: { published: '2024-01-31' } },
    { name: 'a department publishing on 25 January (default)', page: {} },
    { name: 'a government publishing on 31 January', page: { agency: '宁安市人民政府', published: '2024-01-31' } },
    { name: 'no year: nothing to compare', page: { title: '宁安市生态环境局政府信息公开工作年度报告', intro: null, overview: '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进政务公开工作，各项工作有序开展。', published: '2024-06-01' } },
    { name: 'no date at all: date-missing instead', page: { signature: null, published: null } },
    { name: 'a 人民政府 publishing on 15 February: on time', page: { agency: '宁安市人民政府', published: '2024-02-15' } },
    { name: 'a 人民政府 publishing on 31 March: on time', page: { agency: '宁安市人民政府', published: '2024-03-31' } },
    { name: 'a 镇人民政府 in February (defect-gov-late fixture): on time', page: { agency: '青石镇人民政府', published: '2024-02-20' } },
    { name: 'a 乡 in March: on time', page: { agency: '青石乡', published: '2024-03-10' } },
    { name: 'a 街道办事处 in February: on time (乡镇、街道 are governments of their own level)', page: { agency: '城关街道办事处', published: '2024-02-20' } },
    { name: 'a 管理委员会 in February: on time', page: { agency: '宁安经济开发区管理委员会', published: '2024-02-10' } },
    { name: 'a 行政公署 in March: on time', page: { agency: '大兴安岭地区行政公署', published: '2024-03-01' } },
    { name: 'the title names a government, the 来源 line a department: the title decides (on time)', page: { agency: '青石镇人民政府', published: '2024-02-20', source: '青石镇党政综合办公室' } },
  ],
  invalid: [
    late('a department (…局) publishing on 1 February: warning', '宁安市生态环境局', '2024-02-01', 'warning'),
    late('a department publishing on 15 March (defect-structure fixture)', '宁安市生态环境局', '2024-03-15', 'warning'),
    late('a department of a government (…人民政府办公厅) in February: warning', '上海市人民政府办公厅', '2024-02-15', 'warning'),
    late('a department (…委员会 as a department) in February', '宁安市卫生健康委员会', '2024-02-15', 'warning'),
    {
      name: 'a year-first title 「2023年宁安市生态环境局…」 names a department: warning',
      page: { title: '2023年宁安市生态环境局政府信息公开工作年度报告', published: '2024-02-15' },
      findings: [{ severity: 'warning' }],
      report: { agency: '宁安市生态环境局' },
      alone: true,
    },
    late('a 人民政府 publishing on 1 April: warning', '宁安市人民政府', '2024-04-01', 'warning'),
    late('a 综合实验区 in April: warning', '平潭综合实验区', '2024-04-02', 'warning'),
    {
      name: 'an agency that cannot be told, in February: info, on time only if it is a government',
      page: { title: '2023年政府信息公开工作年度报告', published: '2024-02-15' },
      findings: [{ severity: 'info', message: ['按期公布', '已逾期', '请核实'] }],
      report: { agency: null },
      alone: true,
    },
    {
      name: 'an agency that cannot be told, in April: warning',
      page: { title: '2023年政府信息公开工作年度报告', published: '2024-04-10' },
      findings: [{ severity: 'warning' }],
      alone: true,
    },
    late('the title names a department, the 来源 line a government: the title decides (warning)', '宁安市生态环境局', '2024-02-20', 'warning', { source: '宁安市人民政府' }),
    late('signed in January, published in February: the publication date decides', '宁安市生态环境局', '2024-02-05', 'warning', { signature: '2024年1月20日' }),
    {
      name: 'no publication date, signed in February by a department',
      page: { published: null, signature: '2024年2月10日' },
      findings: [{ severity: 'warning', message: ['2024-02-10'] }],
      alone: true,
    },
    late('2019 template: a department publishing the 2020 report on 2 February 2021', '宁安市生态环境局', '2021-02-02', 'warning', { template: '2019' }),
  ],
});
