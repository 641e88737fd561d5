// date-before-period-end: a signature or publication date on or before 31 December of the year.
import { ruleCases } from '../../support/rule-cases';

ruleCases('date-before-period-end', {
  valid: [
    { name: 'signed 2024年1月20日, published 2024-01-25 for 2023', page: {} },
    { name: 'signed and published on 1 January of the next year', page: { signature: '2024年1月1日', published: '2024-01-01' } },
    { name: 'no year: nothing to compare (report-year-missing instead)', page: { title: '宁安市生态环境局政府信息公开工作年度报告', intro: null, overview: '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进政务公开工作，各项工作有序开展。', signature: '2023年1月4日' } },
  ],
  invalid: [
    {
      name: 'signed on 31 December of the report year',
      page: { signature: '2023年12月31日' },
      findings: [{ severity: 'error', message: ['2023-12-31'], messageEn: ['2023-12-31'] }],
      alone: true,
    },
    {
      name: 'seed 000: a 2021 report signed 2021年1月4日, published after the period',
      page: { year: 2021, signature: '2021年1月4日', published: '2022-01-20' },
      findings: [{ severity: 'error', message: ['2021-01-04'] }],
      alone: true,
    },
    {
      name: 'published 2023-12-20 for 2023',
      page: { published: '2023-12-20' },
      findings: [{ severity: 'error', message: ['2023-12-20'] }],
      alone: true,
    },
    {
      name: 'both dates early: one finding each, with different ids',
      page: { signature: '2023年12月15日', published: '2023-12-20' },
      findings: [{ severity: 'error', message: ['2023-12-15'] }, { severity: 'error', message: ['2023-12-20'] }],
      alone: true,
    },
    {
      name: '2019 template: a 2020 report signed 2020年12月31日',
      page: { template: '2019', signature: '2020年12月31日' },
      findings: [{ severity: 'error' }],
      alone: true,
    },
  ],
});
