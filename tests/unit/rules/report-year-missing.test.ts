// report-year-missing: the year comes from the title, the statistics-period sentence or the first
// paragraph — never from a date on the page.
import { ruleCases } from '../../support/rule-cases';

const NO_YEAR_TITLE = '宁安市生态环境局政府信息公开工作年度报告';
const NO_YEAR_INTRO = '为全面、准确反映本机关政府信息公开工作情况，根据《中华人民共和国政府信息公开条例》第五十条规定编制本报告。';
const NO_YEAR_OVERVIEW = '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，持续推进政务公开工作，各项工作有序开展。';
const NO_YEAR = { title: NO_YEAR_TITLE, intro: NO_YEAR_INTRO, overview: NO_YEAR_OVERVIEW };

ruleCases('report-year-missing', {
  valid: [
    { name: 'year in the title (2021 template)', page: {}, report: { year: 2023 } },
    { name: 'year in the title (2019 template)', page: { template: '2019' }, report: { year: 2020 } },
    { name: 'year in a 「YYYY年度」 title', page: { title: '宁安市生态环境局2022年度政府信息公开工作年度报告', year: 2022 }, report: { year: 2022 } },
    {
      name: 'year only in the statistics-period sentence',
      page: { ...NO_YEAR, other: ['本年度本机关未收取信息处理费。', '本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。'] },
      report: { year: 2023 },
    },
    {
      name: 'year only in the first paragraph',
      page: { ...NO_YEAR, intro: '2023年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，现将本年度政府信息公开工作情况报告如下。' },
      report: { year: 2023 },
    },
  ],
  invalid: [
    {
      name: 'no year anywhere in the text, although the page is signed 2024年1月20日 and published 2024-01-25',
      page: NO_YEAR,
      findings: [{ severity: 'warning', message: ['年'], messageEn: [/year/i] }],
      report: { year: null, signedOn: '2024-01-20', publishedOn: '2024-01-25' },
      absent: ['template-year-mismatch', 'date-before-period-end', 'date-late', 's6-fee-statement-missing'],
    },
    {
      name: 'no title and no first paragraph, no year in section 一',
      page: { title: null, intro: null, overview: NO_YEAR_OVERVIEW },
      findings: [{ severity: 'warning' }],
      report: { year: null },
    },
    {
      name: '2019 template without a year',
      page: { template: '2019', ...NO_YEAR },
      findings: [{ severity: 'warning' }],
      report: { year: null, template: '2019' },
      absent: ['template-year-mismatch'],
    },
  ],
});
