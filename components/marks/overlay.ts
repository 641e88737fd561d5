// Draws a mark plan into the page: boxes over the cells (absolutely positioned in our own shadow
// root, so the page's layout never moves), a badge whose shape and text tell the severity, markers
// where missing parts belong, and data-xxgk-* attributes on the marked cells. Removes it all again.
// Scales to thousands of marks: every mark is a record; its target's position is measured once
// (all rectangles read after one layout) and again only when the layout changes; boxes exist in
// the DOM only for the marks near the viewport, so scrolling costs arithmetic, not layout. After a
// layout change, thousands of targets are measured again in slices, the page's tasks in between.
import type { SliceOptions, Steps } from '../../lib/steps';
import { ITEMS_PER_STEP, runNow, runSliced, ticker } from '../../lib/steps';
import type { Severity } from '../../lib/result/severity';
import { SEVERITY_ICON as ICON } from '../../lib/result/severity';
import type { AnchorMark, CellMark, MarkPlan } from './plan';
import { MARK_CSS } from './styles';

export const ATTR_FINDING = 'data-xxgk-finding';
export const ATTR_SEVERITY = 'data-xxgk-severity';
export const ATTR_ANCHOR = 'data-xxgk-anchor';
/** Our host: a plain <div> (a custom tag could be claimed by the page's own element class). */
export const OWN_UI = 'data-xxgk-ui';
/** Events that stop at our host, so the page's listeners never see clicks and keys in our UI. */
const CONTAINED = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'change', 'focusin', 'focusout', 'contextmenu'];

/** Marks this far outside the viewport are drawn too, so scrolling shows them at once. */
const MARGIN_PX = 800;

export interface OverlayHooks {
  /** The badge's hover text for these findings. */
  describe(ids: string[], severity: Severity): string;
  /** The text of a missing-part marker. */
  label(ids: string[]): string;
  open(ids: string[], from: Element): void;
}

interface Mark {
  target: Element;
  placement: AnchorMark['placement'];
  ids: string[];
  severity: Severity;
  dismissed: boolean;
  /** CSS classes of the box. */
  cls: string;
  /** The box, while it is drawn. */
  box: HTMLElement | null;
  /** The target's rectangle in document coordinates (null: not measured, or not rendered). */
  rect: { x: number; y: number; w: number; h: number } | null;
}

export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly layer: HTMLElement;
  readonly cardMount: HTMLElement;
  private marks: Mark[] = [];
  private byBox = new Map<Element, Mark>();
  private marked: Element[] = [];
  private hooks: OverlayHooks | null = null;
  private frame = 0;
  private measureDue = false;
  /** A draw is recording and measuring its marks: it places them when it ends. */
  private drawing = false;
  /** The marks are being measured again after a layout change. */
  private measuring = false;
  private readonly onScroll = (e: Event) => {
    // Scrolling inside a container moves its marks' targets: measure again; the window: just show.
    if (e.target !== this.doc && e.target !== this.doc.documentElement) this.measureDue = true;
    this.schedule();
  };
  private readonly onResize = () => {
    this.measureDue = true;
    this.schedule();
  };

  /** slicing: how measuring again after a layout change gives the main thread back (at once when
   *  absent). */
  /** signal: aborting it takes the overlay off the page with every listener and observer it set. */
  constructor(private readonly doc: Document, signal: AbortSignal, private readonly slicing?: SliceOptions) {
    this.host = doc.createElement('div');
    this.host.setAttribute(OWN_UI, '');
    for (const type of CONTAINED) this.host.addEventListener(type, (e) => e.stopPropagation());
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
    // One listener for every badge and marker.
    this.layer.addEventListener('click', (e) => {
      const button = (e.target as Element).closest?.('.xxgk-badge, .xxgk-flag');
      const m = button?.parentElement ? this.byBox.get(button.parentElement) : undefined;
      if (m && this.hooks) this.hooks.open(m.ids, m.target);
    });
    win?.addEventListener('scroll', this.onScroll, { passive: true, capture: true, signal });
    win?.addEventListener('resize', this.onResize, { signal });
    win?.addEventListener('load', this.onResize, { signal });
    const RO = win?.ResizeObserver;
    const resizeObserver = RO ? new RO(() => this.onResize()) : null;
    resizeObserver?.observe(doc.documentElement);
    signal.addEventListener('abort', () => {
      this.clear();
      resizeObserver?.disconnect();
      if (this.frame) win?.cancelAnimationFrame(this.frame);
      this.host.remove();
    });
    doc.documentElement.append(this.host);
  }

  draw(plan: MarkPlan, hooks: OverlayHooks): void {
    runNow(this.drawSteps(plan, hooks));
  }

  /** Records the marks, measures them, draws those in view. Stops if a later draw or a clear
   *  replaced its marks while it was paused. */
  *drawSteps(plan: MarkPlan, hooks: OverlayHooks): Steps<void> {
    this.clear();
    const marks = this.marks;
    const current = () => this.marks === marks;
    this.hooks = hooks;
    this.drawing = true;
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    const tick = ticker(ITEMS_PER_STEP);
    for (const m of plan.cells) {
      this.recordCell(m);
      if (tick()) {
        yield;
        if (!current()) return;
      }
    }
    for (const a of plan.anchors) {
      this.recordAnchor(a);
      if (tick()) {
        yield;
        if (!current()) return;
      }
    }
    this.measureDue = false; // this measure covers the changes so far
    yield* this.measureSteps(marks);
    if (!current()) return;
    this.drawing = false;
    this.update();
    if (this.measureDue) this.schedule();
  }

  private recordCell(m: CellMark): void {
    m.el.setAttribute(ATTR_FINDING, m.ids.join(' '));
    m.el.setAttribute(ATTR_SEVERITY, m.severity);
    this.marked.push(m.el);
    const role = m.roles.has('total') ? 'role-total' : m.roles.has('part') && m.roles.size === 1 ? 'role-part' : 'role-value';
    this.marks.push({
      target: m.el, placement: 'at', ids: m.ids, severity: m.severity, dismissed: m.dismissed, box: null, rect: null,
      cls: `xxgk-box sev-${m.severity} ${role}${m.dismissed ? ' is-dismissed' : ''}`,
    });
  }

  private recordAnchor(a: AnchorMark): void {
    if (a.placement === 'at') {
      a.el.setAttribute(ATTR_ANCHOR, [a.el.getAttribute(ATTR_ANCHOR), ...a.ids].filter(Boolean).join(' '));
      this.marked.push(a.el);
    }
    const cls = a.placement === 'at'
      ? `xxgk-box sev-${a.severity} role-value${a.dismissed ? ' is-dismissed' : ''}`
      : `xxgk-missing sev-${a.severity}${a.dismissed ? ' is-dismissed' : ''}`;
    const mark: Mark = { target: a.el, placement: a.placement, ids: a.ids, severity: a.severity, dismissed: a.dismissed, cls, box: null, rect: null };
    this.marks.push(mark);
    // Markers of missing parts are few: always drawn.
    if (a.placement !== 'at') this.build(mark);
  }

  private build(m: Mark): HTMLElement {
    if (m.box) return m.box;
    const box = this.doc.createElement('div');
    box.className = m.cls;
    box.dataset.ids = m.ids.join(' ');
    box.style.display = 'none';
    const hooks = this.hooks!;
    const text = hooks.describe(m.ids, m.severity);
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.title = text;
    button.setAttribute('aria-label', text);
    if (m.placement === 'at') {
      button.className = 'xxgk-badge';
      button.textContent = m.dismissed ? '✓' : m.ids.length > 1 ? `${ICON[m.severity]}${m.ids.length}` : ICON[m.severity];
    } else {
      button.className = 'xxgk-flag';
      button.textContent = `${ICON[m.severity]} ${hooks.label(m.ids)}`;
    }
    box.append(button);
    this.layer.append(box);
    this.byBox.set(box, m);
    m.box = box;
    return box;
  }

  private drop(m: Mark): void {
    if (!m.box || m.placement !== 'at') return;
    this.byBox.delete(m.box);
    m.box.remove();
    m.box = null;
  }

  /** Reads the targets' rectangles in document coordinates (reads only: one layout, then none
   *  until the page changes). The scroll offset is read again after every pause. */
  private *measureSteps(list: Mark[]): Steps<void> {
    const win = this.doc.defaultView;
    const tick = ticker(ITEMS_PER_STEP);
    let sx = win?.scrollX ?? 0;
    let sy = win?.scrollY ?? 0;
    for (const m of list) {
      const r = m.target.getBoundingClientRect();
      m.rect = r.width === 0 && r.height === 0 ? null : { x: r.left + sx, y: r.top + sy, w: r.width, h: r.height };
      if (tick()) {
        yield;
        sx = win?.scrollX ?? 0;
        sy = win?.scrollY ?? 0;
      }
    }
  }

  /** Places the marks at the next frame, measuring them first if the layout changed. */
  private schedule(): void {
    const win = this.doc.defaultView;
    if (this.frame || !win) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      if (this.drawing || this.measuring) return; // they place the marks (and come back here) when they end
      if (this.measureDue) void this.remeasure();
      else this.update();
    });
  }

  /** Measures every mark again (in slices when the overlay was given slicing), then places them. */
  private async remeasure(): Promise<void> {
    this.measureDue = false;
    this.measuring = true;
    const marks = this.marks;
    try {
      if (this.slicing) await runSliced(this.measureSteps(marks), this.slicing);
      else runNow(this.measureSteps(marks));
    } finally {
      this.measuring = false;
    }
    if (this.marks === marks) this.update();
    if (this.measureDue) this.schedule();
  }

  /** Draws the marks near the viewport, removes the others' boxes. Writes only. */
  private update(): void {
    const win = this.doc.defaultView;
    const top = (win?.scrollY ?? 0) - MARGIN_PX;
    const bottom = (win?.scrollY ?? 0) + (win?.innerHeight ?? 1000) + MARGIN_PX;
    for (const m of this.marks) {
      const near = m.rect !== null && m.rect.y + m.rect.h >= top && m.rect.y <= bottom;
      if (near || m.placement !== 'at') this.place(m);
      else this.drop(m);
    }
  }

  private place(m: Mark): void {
    if (!m.rect) {
      if (m.box) m.box.style.display = 'none';
      return;
    }
    const box = this.build(m);
    const { x, y, w, h } = m.rect;
    box.style.display = '';
    if (m.placement === 'at') Object.assign(box.style, { left: `${x}px`, top: `${y}px`, width: `${w}px`, height: `${h}px` });
    else Object.assign(box.style, { left: `${x}px`, top: `${m.placement === 'before' ? y - 4 : y + h + 4}px`, width: `${Math.max(w, 120)}px` });
  }

  /** Draws a finding's marks now, wherever they are (before pulsing them, after scrolling to them). */
  reveal(id: string): void {
    const mine = this.marks.filter((m) => m.ids.includes(id));
    runNow(this.measureSteps(mine));
    for (const m of mine) this.place(m);
  }

  /** The boxes drawn for a finding (call reveal first for marks out of view). */
  boxesOf(id: string): HTMLElement[] {
    return this.marks.filter((m) => m.ids.includes(id) && m.box).map((m) => m.box!);
  }

  targetsOf(id: string): Element[] {
    return this.marks.filter((m) => m.ids.includes(id)).map((m) => m.target);
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
    this.drawing = false;
    for (const m of this.marks) m.box?.remove();
    this.marks = [];
    this.byBox.clear();
    for (const el of this.marked) {
      el.removeAttribute(ATTR_FINDING);
      el.removeAttribute(ATTR_SEVERITY);
      el.removeAttribute(ATTR_ANCHOR);
    }
    this.marked = [];
  }
}
