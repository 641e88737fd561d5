// The words the popup shows for values, and the catalog they come from.
import { describe, expect, it } from 'vitest';
import {
  actionFailureText, dismissalLabel, errorSentence, expectedActual, titleOf, whereHint, whereText, yearLabel,
} from '../../../components/popup/labels';
import { safeHref } from '../../../components/shared/safe-href';
import { SEVERITY_ICON } from '../../../lib/result/severity';
import { ruleTitle } from '../../../lib/rules';
import { LinkError } from '../../../components/popup/page-link';
import { templateName } from '../../../lib/i18n/terms';
import { UI } from '../../../lib/i18n/ui';
import { FINDINGS, samplePage } from './sample';

const byId = (id: string) => FINDINGS.find((f) => f.id === id)!;

describe('the catalog', () => {
  it('every popup string has Chinese and English, and the same placeholders in both', () => {
    const keys = Object.keys(UI).filter((k) => k.startsWith('popup'));
    expect(keys.length).toBeGreaterThan(30);
    for (const k of keys) {
      const t = UI[k as keyof typeof UI];
      expect(t.zh.trim(), k).not.toBe('');
      expect(t.en.trim(), k).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(t.en), k).toEqual(names(t.zh));
    }
  });

  it('says what the brief asks for, Chinese first', () => {
    expect(UI.popupCleanTitle.zh).toBe('未发现问题');
    expect(UI.popupNotReportTitle.zh).toBe('不是政府信息公开工作年度报告');
    expect(UI.popupAuditAnyway.zh).toBe('仍然审核此页');
    expect(UI.popupReloadTitle.zh).toBe('请刷新页面后再审核');
    expect(UI.popupAuditPage.zh).toBe('审核此页');
    expect(UI.popupHighlights).toEqual({ zh: '显示标记', en: 'Show marks' });
    expect(UI.popupDisclaimer.zh).toContain('自动检查不能代替人工阅读报告');
  });
});

describe('labels', () => {
  it('severity by shape as well as colour', () => {
    expect(SEVERITY_ICON).toEqual({ error: '✖', warning: '▲', info: 'ℹ' });
  });

  it('template, year, title', () => {
    expect(templateName('2019', 'zh')).toBe('2019 试行版');
    expect(templateName('2021', 'zh')).toBe('2021 版');
    expect(templateName('unknown', 'en')).toBe('unknown');
    expect(yearLabel(2022, 'zh')).toBe('2022 年度');
    expect(yearLabel(null, 'zh')).toBe('无法判断');
    const r = samplePage().result.report;
    expect(titleOf(r, 'x', 'zh')).toBe(r.title);
    expect(titleOf({ ...r, title: null }, ' 页面 ', 'zh')).toBe('页面');
    expect(titleOf({ ...r, title: '  ' }, '', 'en')).toBe('(untitled)');
  });

  it('expected and actual, a blank cell named as such', () => {
    expect(expectedActual(byId('0000000c'), 'zh')).toEqual([{ label: '应为', value: '70' }, { label: '实际', value: '空白' }]);
    expect(expectedActual(byId('0000000b'), 'en')).toEqual([{ label: 'Expected', value: '14' }, { label: 'Actual', value: '15' }]);
    expect(expectedActual(byId('0000000f'), 'zh')).toEqual([{ label: '实际', value: '-7' }]);
    expect(expectedActual(byId('0000000a'), 'zh')).toEqual([]);
  });

  it('where in the report', () => {
    expect(whereText(byId('0000000b'), 'zh')).toBe('表三（依申请公开）');
    expect(whereText(byId('0000000d'), 'zh')).toBe('表二（主动公开） · 第二十条第（一）项');
    expect(whereText({ ...byId('0000000a'), section: 'other' }, 'zh')).toBe('六、其他需要报告的事项');
    expect(whereText(byId('0000000a'), 'zh')).toBe('');
  });

  it('where, only when the message does not say it already', () => {
    expect(whereHint(byId('0000000d'), 'zh')).toBe('表二（主动公开） · 第二十条第（一）项');
    const said = { ...byId('0000000d'), message: '表二（主动公开）第二十条第（一）项「行政规范性文件」行为空' };
    expect(whereHint(said, 'zh')).toBe('');
    expect(whereHint({ ...said, message: '表二（主动公开）某处为空' }, 'zh')).toBe('表二（主动公开） · 第二十条第（一）项');
    expect(whereHint(byId('0000000a'), 'zh')).toBe('');
  });

  it('rule titles, falling back to the id', () => {
    expect(ruleTitle('t3-row-total', 'zh')).toContain('表三');
    expect(ruleTitle('no-such-rule', 'zh')).toBe('no-such-rule');
  });

  it('a dismissal\'s reason and date', () => {
    const d = { findingId: '0000000f', reason: 'accepted' as const, at: '2026-11-20T08:00:00.000Z' };
    expect(dismissalLabel(d, 'zh')).toBe('忽略原因：已知悉接受（2026-11-20）');
    expect(dismissalLabel(d, 'en')).toBe('Dismissed: Accepted (2026-11-20)');
  });

  it('links only http(s)', () => {
    expect(safeHref('https://www.a.gov.cn/x.html')).toBe('https://www.a.gov.cn/x.html');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('/home/user/report.html')).toBeNull();
  });

  it('errors in words', () => {
    const view = (kind: 'invalid' | 'rejected' | 'no-tab' | 'audit-failed', party: 'page' | 'background') => ({ state: 'error' as const, kind, party, detail: '' });
    expect(errorSentence(view('invalid', 'page'), 'zh')).toBe('页面中的审核程序的回复格式不正确。');
    expect(errorSentence(view('rejected', 'background'), 'en')).toBe('Could not reach the extension background.');
    expect(errorSentence(view('no-tab', 'background'), 'zh')).toBe('找不到要审核的标签页。');
    expect(actionFailureText(new LinkError('refused', 'page', 'focus-finding', 'ok: false'), 'zh')).toContain('无法在页面上定位');
    expect(actionFailureText(new LinkError('rejected', 'page', 'restore', 'x'), 'zh')).toBe('操作未成功：未能与页面中的审核程序通信。');
  });
});
