// @vitest-environment jsdom
// The on-page card (components/marks/card): the value read shown as the cell wrote it, in the card
// and in the details it copies.
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CardProps } from '../../components/marks/card';
import { Card, detailsText } from '../../components/marks/card';
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
    finding: f, ruleTitle: '数字格式不规范', index: 0, total: 1, dismissal: null, cells: [], lang: 'zh', left: 0, top: 0, copied: 'no',
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
});
