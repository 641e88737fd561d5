// Draws a mark plan into the page: boxes over the cells (absolutely positioned in our own shadow
// root, so the page's layout never moves), a badge whose shape and text tell the severity, markers
// where missing parts belong, and data-xxgk-* attributes on the marked cells. Removes it all again.
import type { Severity } from '../../lib/rules/types';
import type { AnchorMark, CellMark, MarkPlan } from './plan';
import { MARK_CSS } from './styles';

export const HOST_TAG = 'xxgk-audit-ui';
export const ATTR_FINDING = 'data-xxgk-finding';
export const ATTR_SEVERITY = 'data-xxgk-severity';
export const ATTR_ANCHOR = 'data-xxgk-anchor';
const OWN_UI = 'data-xxgk-ui';

const ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'i' };

export interface OverlayHooks {
  /** The badge's hover text for these findings. */
  describe(ids: string[], severity: Severity): string;
  /** The text of a missing-part marker. */
  label(ids: string[]): string;
  open(ids: string[], from: Element): void;
}

interface Drawn {
  target: Element;
  box: HTMLElement;
  kind: 'cell' | 'anchor';
  placement: AnchorMark['placement'];
  ids: string[];
}

export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly layer: HTMLElement;
  readonly cardMount: HTMLElement;
  private drawn: Drawn[] = [];
  private marked: Element[] = [];

  constructor(private readonly doc: Document) {
    this.host = doc.createElement(HOST_TAG);
    this.host.setAttribute(OWN_UI, '');
    this.host.style.cssText = 'position:absolute!important;top:0!important;left:0!important;width:0!important;height:0!important;margin:0!important;padding:0!important;border:0!important;display:block!important;overflow:visible!important;z-index:2147483647!important;';
    this.root = this.host.attachShadow({ mode: 'open' });
    const win = doc.defaultView;
    if (win && 'adoptedStyleSheets' in this.root && typeof win.CSSStyleSheet === 'function') {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(MARK_CSS);
      this.root.adoptedStyleSheets = [sheet];
    } else {
      const style = doc.createElement('style');
      style.textContent = MARK_CSS;
      this.root.append(style);
    }
    this.layer = doc.createElement('div');
    this.layer.className = 'xxgk-layer';
    this.cardMount = doc.createElement('div');
    this.layer.append(this.cardMount);
    this.root.append(this.layer);
    doc.documentElement.append(this.host);
  }

  draw(plan: MarkPlan, hooks: OverlayHooks): void {
    this.clear();
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    for (const m of plan.cells) this.drawCell(m, hooks);
    for (const a of plan.anchors) this.drawAnchor(a, hooks);
    this.reposition();
  }

  private drawCell(m: CellMark, hooks: OverlayHooks): void {
    m.el.setAttribute(ATTR_FINDING, m.ids.join(' '));
    m.el.setAttribute(ATTR_SEVERITY, m.severity);
    this.marked.push(m.el);
    const role = m.roles.has('total') ? 'role-total' : m.roles.has('part') && m.roles.size === 1 ? 'role-part' : 'role-value';
    const box = this.doc.createElement('div');
    box.className = `xxgk-box sev-${m.severity} ${role}${m.dismissed ? ' is-dismissed' : ''}`;
    box.dataset.ids = m.ids.join(' ');
    box.append(this.badge(m.ids, m.severity, m.dismissed, m.el, hooks));
    this.layer.append(box);
    this.drawn.push({ target: m.el, box, kind: 'cell', placement: 'at', ids: m.ids });
  }

  private drawAnchor(a: AnchorMark, hooks: OverlayHooks): void {
    const box = this.doc.createElement('div');
    box.dataset.ids = a.ids.join(' ');
    if (a.placement === 'at') {
      a.el.setAttribute(ATTR_ANCHOR, [a.el.getAttribute(ATTR_ANCHOR), ...a.ids].filter(Boolean).join(' '));
      this.marked.push(a.el);
      box.className = `xxgk-box sev-${a.severity} role-value${a.dismissed ? ' is-dismissed' : ''}`;
      box.append(this.badge(a.ids, a.severity, a.dismissed, a.el, hooks));
    } else {
      box.className = `xxgk-missing sev-${a.severity}${a.dismissed ? ' is-dismissed' : ''}`;
      const flag = this.doc.createElement('button');
      flag.className = 'xxgk-flag';
      flag.type = 'button';
      flag.textContent = `${ICON[a.severity]} ${hooks.label(a.ids)}`;
      flag.title = hooks.describe(a.ids, a.severity);
      flag.addEventListener('click', (e) => {
        e.stopPropagation();
        hooks.open(a.ids, a.el);
      });
      box.append(flag);
    }
    this.layer.append(box);
    this.drawn.push({ target: a.el, box, kind: 'anchor', placement: a.placement, ids: a.ids });
  }

  private badge(ids: string[], severity: Severity, dismissed: boolean, el: Element, hooks: OverlayHooks): HTMLElement {
    const b = this.doc.createElement('button');
    b.type = 'button';
    b.className = 'xxgk-badge';
    b.textContent = dismissed ? '✓' : ids.length > 1 ? `${ICON[severity]}${ids.length}` : ICON[severity];
    const text = hooks.describe(ids, severity);
    b.title = text;
    b.setAttribute('aria-label', text);
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      hooks.open(ids, el);
    });
    return b;
  }

  /** Follows the page's layout: call after resizes, scrolling inside containers, reflows. */
  reposition(): void {
    const win = this.doc.defaultView;
    const sx = win?.scrollX ?? 0;
    const sy = win?.scrollY ?? 0;
    for (const d of this.drawn) {
      const r = d.target.getBoundingClientRect();
      const hidden = r.width === 0 && r.height === 0;
      d.box.style.display = hidden ? 'none' : '';
      if (hidden) continue;
      if (d.placement === 'at') {
        Object.assign(d.box.style, { left: `${r.left + sx}px`, top: `${r.top + sy}px`, width: `${r.width}px`, height: `${r.height}px` });
      } else {
        const y = d.placement === 'before' ? r.top + sy - 4 : r.bottom + sy + 4;
        Object.assign(d.box.style, { left: `${r.left + sx}px`, top: `${y}px`, width: `${Math.max(r.width, 120)}px` });
      }
    }
  }

  /** The boxes drawn for a finding. */
  boxesOf(id: string): HTMLElement[] {
    return this.drawn.filter((d) => d.ids.includes(id)).map((d) => d.box);
  }

  targetsOf(id: string): Element[] {
    return this.drawn.filter((d) => d.ids.includes(id)).map((d) => d.target);
  }

  pulse(id: string): void {
    for (const box of this.boxesOf(id)) {
      box.classList.remove('xxgk-pulse');
      void box.offsetWidth; // restart the animation
      box.classList.add('xxgk-pulse');
    }
  }

  /** Removes every box and every attribute we set on the page. */
  clear(): void {
    for (const d of this.drawn) d.box.remove();
    this.drawn = [];
    for (const el of this.marked) {
      el.removeAttribute(ATTR_FINDING);
      el.removeAttribute(ATTR_SEVERITY);
      el.removeAttribute(ATTR_ANCHOR);
    }
    this.marked = [];
  }

  destroy(): void {
    this.clear();
    this.host.remove();
  }
}
