// row-missing: a row of the template is not found (requests rows, proactive rows, appeals groups).
import { ruleCases } from '../../support/rule-cases';

ruleCases('row-missing', {
  valid: [
    { name: 'every row (2021)', page: {} },
    { name: 'every row (2019, single （六）其他处理 row)', page: { template: '2019' } },
    { name: 'a table absent is table-missing, not row-missing', page: { remove: { tables: ['requests'] } } },
    { name: 'a proactive block absent is table-missing, not row-missing', page: { remove: { blocks: ['art20-6'] } } },
  ],
  invalid: [
    {
      name: 'requests row 6.属于四类过程性信息 removed (defect-structure fixture)',
      page: { remove: { rows: { requests: ['denied-process'] } } },
      findings: [{ severity: 'error', section: 'requests', table: 'requests', row: 'denied-process', message: ['属于四类过程性信息'] }],
      alone: true,
    },
    {
      name: 'requests row 四、结转下年度继续办理 removed',
      page: { remove: { rows: { requests: ['carried-out'] } } },
      findings: [{ severity: 'error', section: 'requests', table: 'requests', row: 'carried-out' }],
      alone: true,
    },
    {
      name: 'requests row 一、本年新收 removed',
      page: { remove: { rows: { requests: ['new'] } } },
      findings: [{ severity: 'error', section: 'requests', table: 'requests', row: 'new' }],
      alone: true,
    },
    {
      name: '2021 row 3.其他 removed',
      page: { remove: { rows: { requests: ['other-misc'] } } },
      findings: [{ severity: 'error', section: 'requests', table: 'requests', row: 'other-misc' }],
      alone: true,
    },
    {
      name: 'two requests rows removed: one finding each',
      page: { remove: { rows: { requests: ['denied-security', 'rejected-repeat'] } } },
      findings: [
        { severity: 'error', section: 'requests', table: 'requests', row: 'denied-security' },
        { severity: 'error', section: 'requests', table: 'requests', row: 'rejected-repeat' },
      ],
      alone: true,
    },
    {
      name: '2019 row 5.要求行政机关确认或重新出具已获取信息 removed',
      page: { template: '2019', remove: { rows: { requests: ['rejected-confirmation'] } } },
      findings: [{ severity: 'error', section: 'requests', table: 'requests', row: 'rejected-confirmation' }],
      alone: true,
    },
    {
      name: 'proactive row 行政强制 removed',
      page: { remove: { rows: { proactive: ['art20-6/coercion'] } } },
      findings: [{ severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-6', row: 'coercion' }],
      alone: true,
    },
    {
      name: '2019 proactive row 其他对外管理服务事项 removed',
      page: { template: '2019', remove: { rows: { proactive: ['art20-5/other-services'] } } },
      findings: [{ severity: 'error', section: 'proactive', table: 'proactive', block: 'art20-5', row: 'other-services' }],
      alone: true,
    },
    {
      name: 'appeals group 复议后起诉 removed',
      page: { remove: { rows: { appeals: ['suit-after-review'] } } },
      findings: [{ severity: 'error', section: 'appeals', table: 'appeals', row: 'suit-after-review' }],
      alone: true,
    },
  ],
});
