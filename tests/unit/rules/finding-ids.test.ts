// Finding ids (result-format.md): stable — the same defect on the same page keeps its id across
// scans — and different for different defects.
import { describe, expect, it } from 'vitest';
import { reportNumbers } from '../../support/report-builder';
import type { ReportOptions } from '../../support/report-builder';
import { auditPage } from '../../support/rule-cases';

const n = reportNumbers().requests;
const wrongGranted = { 'granted/total': String(n['granted/total']! + 1) };
const wrongPartly = { 'partly-granted/total': String(n['partly-granted/total']! + 1) };

/** A page with many defects of many rules. */
const MANY: ReportOptions = {
  headings: { overview: '一、工作开展情况', requests: '二、收到和处理政府信息公开申请情况' },
  problems: '无',
  other: '无',
  published: '2024-02-15',
  splitRequestsAfter: ['carried-in'],
  cells: {
    requests: { ...wrongGranted, 'rejected-petition/natural-person': '不详', 'new/total': '' },
    appeals: { 'review/total': '99' },
    proactive: { 'art20-5/licensing/decisions': '3.5', 'art20-1/normative-docs/in-force': '1' },
  },
};

const idOf = (page: ReportOptions, rule: string, row: string | null) =>
  auditPage(page).findings.filter((f) => f.rule === rule && f.row === row).map((f) => f.id);

describe('finding ids', () => {
  it('are 8 hex digits, unique on a page with many defects', () => {
    const { findings } = auditPage(MANY);
    expect(findings.length).toBeGreaterThan(10);
    for (const f of findings) expect(f.id).toMatch(/^[0-9a-f]{8}$/);
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
  });

  it('are the same on a second audit of the same page', () => {
    const a = auditPage(MANY).findings.map((f) => `${f.rule}:${f.id}`).sort();
    const b = auditPage(MANY).findings.map((f) => `${f.rule}:${f.id}`).sort();
    expect(b).toEqual(a);
  });

  it('do not depend on the language of the messages or on the day of the audit', () => {
    const zh = auditPage(MANY).findings.map((f) => f.id).sort();
    expect(auditPage(MANY, { lang: 'en' }).findings.map((f) => f.id).sort()).toEqual(zh);
    const later = auditPage(MANY, { now: new Date('2027-03-01T00:00:00Z') }).findings.map((f) => f.id).sort();
    expect(later).toEqual(zh);
  });

  it('differ for different defects of one rule', () => {
    const a = idOf({ cells: { requests: wrongGranted } }, 't3-row-total', 'granted');
    const b = idOf({ cells: { requests: wrongPartly } }, 't3-row-total', 'partly-granted');
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0]).not.toBe(b[0]);
  });

  it('differ between rules on the same cell', () => {
    const { findings } = auditPage({ cells: { requests: { 'granted/natural-person': '不详' } } });
    const onCell = findings.filter((f) => f.cells.some((c) => c.row === 'granted' && c.column === 'natural-person'));
    expect(onCell.map((f) => f.rule).sort()).toEqual(['cell-non-numeric', 't3-results-total', 't3-row-total']);
    expect(new Set(onCell.map((f) => f.id)).size).toBe(3);
  });

  it('keep a defect’s id when another defect is planted on the page', () => {
    const alone = idOf({ cells: { requests: wrongGranted } }, 't3-row-total', 'granted');
    const withOther = idOf({ cells: { requests: { ...wrongGranted }, appeals: { 'review/total': '99' } }, problems: '无' }, 't3-row-total', 'granted');
    expect(withOther).toEqual(alone);
  });

  it('tell apart two findings of one rule with the same keys (two dates, two headings)', () => {
    const dates = auditPage({ signature: '2023年12月15日', published: '2023-12-20' }).findings.filter((f) => f.rule === 'date-before-period-end');
    expect(dates).toHaveLength(2);
    expect(dates[0]!.id).not.toBe(dates[1]!.id);
    const headings = auditPage({ headings: { overview: '一、工作开展情况', problems: '五、存在的主要问题及改进措施' } }).findings.filter((f) => f.rule === 'label-variant');
    expect(headings).toHaveLength(2);
    expect(headings[0]!.id).not.toBe(headings[1]!.id);
  });
});
