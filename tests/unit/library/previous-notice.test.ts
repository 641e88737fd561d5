// @vitest-environment jsdom
// The popup's notice when the across-years rules wait for last year's report.
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PreviousNotice } from '../../../components/popup/previous-notice';
import type { Lang } from '../../../lib/i18n/lang';
import type { AuditResult } from '../../../lib/result/schema';
import { samplePage } from '../popup/sample';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

function show(result: AuditResult, lang: Lang = 'zh', onOpenLibrary?: () => void): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(h(PreviousNotice, { result, lang, onOpenLibrary }), root);
  return root;
}

function waiting(over: Partial<AuditResult['report']> = {}): AuditResult {
  const r = samplePage().result;
  return { ...r, report: { ...r.report, agency: '宁安市生态环境局', year: 2024, ...over }, checks: [...r.checks, { rule: 'x-carry-over', checked: 0, failed: 0, review: 0, notRun: 'needs-previous' }] };
}

describe('the needs-last-year notice', () => {
  it('names the body and the year before, in Chinese and in English, and opens the library', () => {
    let opened = 0;
    const el = show(waiting(), 'zh', () => opened++);
    expect(el.querySelector('[data-testid="needs-previous"] p')!.textContent).toBe('需要宁安市生态环境局 2023 年度报告：在本机打开它一次即可比对');
    el.querySelector<HTMLButtonElement>('[data-testid="open-library"]')!.click();
    expect(opened).toBe(1);
    render(null, el);
    el.remove();
    const en = show(waiting(), 'en');
    expect(en.textContent).toContain('Needs the 2023 report of 宁安市生态环境局');
    expect(en.querySelector('[data-testid="open-library"]')).toBeNull();
  });

  it('says the report cannot be compared when its title names no agency', () => {
    expect(show(waiting({ agency: null })).textContent).toBe('无法从标题判断发布机关或年度，不能与上一年度报告比对');
  });

  it('shows nothing when no rule waits for last year', () => {
    expect(show(samplePage().result).querySelector('[data-testid="needs-previous"]')).toBeNull();
  });
});
