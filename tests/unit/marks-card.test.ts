// @vitest-environment jsdom
// The on-page card (components/marks/card): the value read shown as the cell wrote it, in the card
// and in the details it copies; an across-years finding's cells by year, with last year's report.
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CardProps } from '../../components/marks/card';
import { Card, detailsText } from '../../components/marks/card';
import { safeHref } from '../../components/shared/safe-href';
import type { Finding } from '../../lib/result/schema';

const noop = () => undefined;

function finding(extra: Partial<Finding> = {}): Finding {
  return {
    id: '0000000a', rule: 'cell-malformed-number', severity: 'warning', status: 'fail', section: 'requests', table: 'requests',
    block: null, row: 'denied-state-secret', column: 'research', expected: null, actual: 0, message: '单元格写作「00」',
    cells: [{ table: 'requests', block: null, row: 'denied-state-secret', column: 'research', text: '00', role: 'value' }],
    ...extra,
  };
}

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

function show(f: Finding, extra: Partial<CardProps> = {}): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  const props: CardProps = {
    finding: f, ruleTitle: '数字格式不规范', index: 0, total: 1, dismissal: null, cells: [], years: null, lang: 'zh', left: 0, top: 0, copied: 'no',
    onPrev: noop, onNext: noop, onClose: noop, onDismiss: noop, onRestore: noop, onCopy: noop, ...extra,
  };
  render(h(Card, props), root);
  return root;
}

describe('the card', () => {
  it('shows the value read with the cell as written beside it, as the popup does', () => {
    const el = show(finding());
    expect(el.querySelector('.actual')!.textContent).toBe('0（单元格写作「00」）');
  });

  it('shows a value written as read alone, and a blank cell as 空白', () => {
    expect(show(finding({ actual: 7, cells: [{ table: 'requests', block: null, row: 'granted', column: 'total', text: '7', role: 'total' }] })).querySelector('.actual')!.textContent).toBe('7');
    render(null, root!);
    expect(show(finding({ actual: null, expected: 3, cells: [] })).querySelector('.actual')!.textContent).toBe('空白');
  });

  it('copies the value as written too', () => {
    expect(detailsText(finding(), '数字格式不规范', [], 'http://x.gov.cn/a.html', 'zh')).toContain('实际: 0（单元格写作「00」）');
  });

  const carry = finding({
    id: '0000000b', rule: 'x-carry-over', severity: 'error', row: 'carried-in', column: 'natural-person', expected: 3, actual: 5,
    cells: [
      { table: 'requests', block: null, row: 'carried-in', column: 'natural-person', text: '5', role: 'total' },
      { table: 'requests', block: null, row: 'carried-out', column: 'natural-person', text: '3', role: 'part', year: 2023 },
    ],
    previous: { source: 'http://x.gov.cn/2023.html', title: '某局2023年政府信息公开工作年度报告', year: 2023 },
  });

  it('shows last year’s cells beside this year’s and links to last year’s report', () => {
    const el = show(carry, {
      years: {
        previous: { year: 2023, title: '某局2023年政府信息公开工作年度报告', href: safeHref('http://x.gov.cn/2023.html') }, year: 2024,
        last: ['四、结转下年度继续办理 / 自然人：3（分项）'], now: ['二、上年结转 / 自然人：5（总计）'],
      },
    });
    const table = el.querySelector('[data-xxgk-years]')!;
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['2023 年度', '2024 年度（本报告）']);
    expect([...table.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['四、结转下年度继续办理 / 自然人：3（分项）', '二、上年结转 / 自然人：5（总计）']);
    const link = el.querySelector<HTMLAnchorElement>('a.previous')!;
    expect(link.getAttribute('href')).toBe('http://x.gov.cn/2023.html');
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.textContent).toBe('打开 2023 年度报告：某局2023年政府信息公开工作年度报告');
  });

  it('links only to web pages: a saved file or a script address gives no link', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('tests/fixtures/a.html')).toBeNull();
    expect(safeHref('HTTPS://x.gov.cn/a')).toBe('https://x.gov.cn/a');
    const el = show(carry, { years: { previous: { year: 2023, title: null, href: null }, year: 2024, last: ['a'], now: ['b'] } });
    expect(el.querySelector('a.previous')).toBeNull();
  });

  it('names last year’s report in the details it copies', () => {
    expect(detailsText(carry, '上年结转', [], 'http://x.gov.cn/2024.html', 'zh')).toContain('比对的上一年度报告: 某局2023年政府信息公开工作年度报告 http://x.gov.cn/2023.html');
  });
});
