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
import type { AnchorMark, CellMark, MarkPlan, PinnedMark } from './plan';
import { MARK_CSS } from './styles';
import { wordsRange } from './words';
import type { Box } from './flag-place';
import { placeFlags } from './flag-place';

export const ATTR_FINDING = 'data-xxgk-finding';
export const ATTR_SEVERITY = 'data-xxgk-severity';
export const ATTR_ANCHOR = 'data-xxgk-anchor';
/** On a badge (and a marker, and an item of the pinned notice): the ids of the findings it stands for. */
export const ATTR_BADGE = 'data-xxgk-badge';
/** A badge's size (CSS: .xxgk-badge) and the gap it keeps from text and borders. */
const BADGE_H = 18;
const GAP = 3;
const badgeWidth = (n: number) => (n > 1 ? 18 + 7 * String(n).length : BADGE_H);
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
  /** The pinned notice's heading, and the text of one finding in it. */
  pinnedTitle(n: number): string;
  pinnedItem(id: string): string;
  /** The tag a part of a shown finding wears: the number it adds (from the cell's text). */
  added(text: string): string;
  open(ids: string[], from: Element): void;
}

type Rect = { x: number; y: number; w: number; h: number };

interface Mark {
  target: Element;
  placement: AnchorMark['placement'] | 'pinned';
  ids: string[];
  /** The findings whose badge is on this mark (empty: an outline only, a part of findings badged
   *  elsewhere), their severity and whether they are all dismissed. */
  badge: string[];
  badgeSeverity: Severity;
  badgeDismissed: boolean;
  /** Where the badge goes, in document coordinates: beside the target's text, never over it (a
   *  flag's: its box, off all text). */
  badgeAt: { x: number; y: number; w?: number } | null;
  /** A badge pushed out of its narrow cell: its place in the row beside the table. */
  slot: number;
  severity: Severity;
  dismissed: boolean;
  /** CSS classes of the box. */
  cls: string;
  /** The box, while it is drawn. */
  box: HTMLElement | null;
  /** The target's rectangle in document coordinates (null: not measured, or not rendered). */
  rect: Rect | null;
  /** Words inside the target that the mark is about (a number the prose states): measured instead. */
  words: Range | null;
}

const isFlag = (m: Mark) => m.placement === 'before' || m.placement === 'after';

/** The rectangles (document coordinates) of the lines of every text of the page whose lines lie
 *  between top and bottom: what a flag must not cover. */
function textBoxes(doc: Document, top: number, bottom: number, sx: number, sy: number, host: Element): Box[] {
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  const out: Box[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.nodeValue || !n.nodeValue.trim() || host.contains(n)) continue;
    range.selectNodeContents(n);
    const all = range.getBoundingClientRect();
    if (all.width === 0 || all.bottom + sy < top || all.top + sy > bottom) continue;
    for (const q of range.getClientRects()) {
      if (q.width > 0 && q.height > 0) out.push({ x: q.left + sx, y: q.top + sy, w: q.width, h: q.height });
    }
  }
  range.detach();
  return out;
}

/** The extent of an element's visible text (client coordinates), null when it has none: the union
 *  of its non-blank text nodes' rectangles (a Range over each, so block children do not count). */
function textExtent(el: Element): DOMRect | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  let l = Infinity, t = Infinity, r = -Infinity, b = -Infinity;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.nodeValue || !n.nodeValue.trim()) continue;
    range.selectNodeContents(n);
    for (const q of range.getClientRects()) {
      if (q.width === 0 || q.height === 0) continue;
      l = Math.min(l, q.left); t = Math.min(t, q.top); r = Math.max(r, q.right); b = Math.max(b, q.bottom);
    }
  }
  range.detach();
  return l === Infinity ? null : new DOMRect(l, t, r - l, b - t);
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
  /** Findings shown in full (their parts outlined, tinted, labelled): hovered or focused badge, open card. */
  private hoverLit: string[] = [];
  private cardLit: string[] = [];
  private lit = new Set<string>();
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
  /** `textOf`: where a target's text stands (client coordinates), for documents whose text is
   *  painted rather than in the DOM (a PDF's canvas); by default its text nodes' extent. */
  constructor(
    private readonly doc: Document, signal: AbortSignal, private readonly slicing?: SliceOptions,
    private readonly textOf: (el: Element) => DOMRect | null = textExtent,
  ) {
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
    // One listener for every badge, marker and pinned item.
    const badgeIds = (e: Event) => {
      const button = (e.target as Element).closest?.(`[${ATTR_BADGE}]`);
      return button ? (button.getAttribute(ATTR_BADGE) ?? '').split(' ').filter(Boolean) : null;
    };
    this.layer.addEventListener('click', (e) => {
      const ids = badgeIds(e);
      const button = (e.target as Element).closest(`[${ATTR_BADGE}]`)!;
      if (ids?.length && this.hooks) this.hooks.open(ids, button);
    });
    const light = (e: Event) => {
      this.hoverLit = badgeIds(e) ?? [];
      this.relight();
    };
    this.layer.addEventListener('pointerover', light);
    this.layer.addEventListener('focusin', light);
    this.layer.addEventListener('pointerout', () => {
      this.hoverLit = [];
      this.relight();
    });
    this.layer.addEventListener('focusout', () => {
      this.hoverLit = [];
      this.relight();
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

  draw(plan: MarkPlan, hooks: OverlayHooks, top: Element | null = null): void {
    runNow(this.drawSteps(plan, hooks, top));
  }

  /** Records the marks, measures them, draws those in view. Stops if a later draw or a clear
   *  replaced its marks while it was paused. */
  *drawSteps(plan: MarkPlan, hooks: OverlayHooks, top: Element | null = null): Steps<void> {
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
    if (plan.pinned) this.recordPinned(plan.pinned, top ?? this.doc.body ?? this.doc.documentElement);
    this.measureDue = false; // this measure covers the changes so far
    yield* this.measureSteps(marks);
    if (!current()) return;
    this.drawing = false;
    this.update();
    if (this.measureDue) this.schedule();
  }

  private recordCell(m: CellMark): void {
    // A line of prose may hold the words of several findings: its attribute names them all.
    const earlier = m.words ? m.el.getAttribute(ATTR_FINDING) : null;
    m.el.setAttribute(ATTR_FINDING, earlier ? `${earlier} ${m.ids.join(' ')}` : m.ids.join(' '));
    if (!earlier) m.el.setAttribute(ATTR_SEVERITY, m.severity);
    this.marked.push(m.el);
    const role = m.badge.length === 0 ? 'role-part' : m.roles.has('total') ? 'role-total' : 'role-value';
    this.marks.push({
      target: m.el, placement: 'at', ids: m.ids, severity: m.severity, dismissed: m.dismissed, box: null, rect: null,
      words: m.words ? wordsRange(m.el, m.words) : null,
      badge: m.badge, badgeSeverity: m.badgeSeverity, badgeDismissed: m.badgeDismissed, badgeAt: null, slot: 0,
      cls: `xxgk-box sev-${m.severity} ${role}${m.dismissed ? ' is-dismissed' : ''}`,
    });
  }

  private recordPinned(p: PinnedMark, top: Element): void {
    const mark: Mark = {
      target: top, placement: 'pinned', ids: p.ids, severity: p.severity, dismissed: p.dismissed,
      badge: p.ids, badgeSeverity: p.severity, badgeDismissed: p.dismissed, badgeAt: null, slot: 0,
      cls: `xxgk-pinned sev-${p.severity}${p.dismissed ? ' is-dismissed' : ''}`, box: null, rect: null, words: null,
    };
    this.marks.push(mark);
    this.build(mark);
  }

  private recordAnchor(a: AnchorMark): void {
    if (a.placement === 'at') {
      a.el.setAttribute(ATTR_ANCHOR, [a.el.getAttribute(ATTR_ANCHOR), ...a.ids].filter(Boolean).join(' '));
      this.marked.push(a.el);
    }
    const cls = a.placement === 'at'
      ? `xxgk-box sev-${a.severity} role-value${a.dismissed ? ' is-dismissed' : ''}`
      : `xxgk-missing sev-${a.severity}${a.dismissed ? ' is-dismissed' : ''}`;
    const mark: Mark = {
      target: a.el, placement: a.placement, ids: a.ids, severity: a.severity, dismissed: a.dismissed, cls, box: null, rect: null, words: null,
      badge: a.ids, badgeSeverity: a.severity, badgeDismissed: a.dismissed, badgeAt: null, slot: 0,
    };
    this.marks.push(mark);
    // Markers of missing parts are few: always drawn.
    if (a.placement !== 'at') this.build(mark);
  }

  private build(m: Mark): HTMLElement {
    if (m.box) return m.box;
    const box = this.doc.createElement('div');
    box.className = m.cls;
    box.dataset.ids = m.ids.join(' ');
    // A flag is measured (its width) before it is placed: hidden, not removed from the layout.
    if (isFlag(m)) box.style.visibility = 'hidden';
    else box.style.display = 'none';
    const hooks = this.hooks!;
    if (m.placement === 'pinned') {
      const title = this.doc.createElement('span');
      title.className = 'xxgk-pinned-title';
      title.textContent = hooks.pinnedTitle(m.ids.length);
      box.append(title);
      for (const id of m.ids) {
        const item = this.doc.createElement('button');
        item.type = 'button';
        item.className = 'xxgk-pin';
        item.setAttribute(ATTR_BADGE, id);
        item.textContent = hooks.pinnedItem(id);
        item.title = item.textContent;
        box.append(item);
      }
    } else if (m.badge.length > 0) {
      const text = hooks.describe(m.badge, m.badgeSeverity);
      const button = this.doc.createElement('button');
      button.type = 'button';
      button.title = text;
      button.setAttribute('aria-label', text);
      button.setAttribute(ATTR_BADGE, m.badge.join(' '));
      if (m.placement === 'at') {
        button.className = `xxgk-badge sev-${m.badgeSeverity}${m.badgeDismissed ? ' is-dismissed' : ''}`;
        button.textContent = m.badgeDismissed ? '✓' : m.badge.length > 1 ? `${ICON[m.badgeSeverity]}${m.badge.length}` : ICON[m.badgeSeverity];
      } else {
        button.className = 'xxgk-flag';
        button.textContent = `${ICON[m.severity]} ${hooks.label(m.ids)}`;
      }
      box.append(button);
    }
    if (m.placement === 'at' && m.badge.length === 0) box.dataset.added = hooks.added((m.target.textContent ?? '').replace(/\s+/g, ''));
    if (m.ids.some((id) => this.lit.has(id))) box.classList.add('is-lit');
    this.layer.append(box);
    this.byBox.set(box, m);
    m.box = box;
    return box;
  }

  /** Where a badge goes (document coordinates), from the target's and its text's client rectangles:
   *  in the larger free side of the cell beside its text; when neither side has room, beside the
   *  table in the cell's row (right margin, else left), in its slot there. */
  private badgePlace(m: Mark, r: DOMRect, sx: number, sy: number, slots: Map<string, number> | null): { x: number; y: number } {
    const bw = badgeWidth(m.badge.length);
    // Words in a line of prose have no free side: their badge goes in the margin, on their line.
    const text = m.words ? r : this.textOf(m.target);
    const yIn = (cy: number) => Math.max(r.top, Math.min(cy - BADGE_H / 2, r.bottom - BADGE_H));
    if (!text) {
      if (r.width >= bw + 2 * GAP) return { x: r.right - bw - GAP + sx, y: yIn(r.top + r.height / 2) + sy };
    } else {
      const freeL = text.left - r.left;
      const freeR = r.right - text.right;
      const cy = text.top + text.height / 2;
      if (freeR >= bw + 2 * GAP && freeR >= freeL) return { x: Math.min(text.right + GAP + 1, r.right - bw - GAP) + sx, y: yIn(cy) + sy };
      if (freeL >= bw + 2 * GAP) return { x: Math.max(text.left - GAP - 1 - bw, r.left + GAP) + sx, y: yIn(cy) + sy };
    }
    // No room in the cell: beside its table, in its row.
    const table = m.target.closest('table') ?? m.target;
    const t = table.getBoundingClientRect();
    const key = `${Math.round(t.left)}:${Math.round(r.top)}`;
    if (slots) {
      m.slot = slots.get(key) ?? 0;
      slots.set(key, m.slot + 1);
    }
    const step = m.slot * (bw + 2);
    const vw = this.doc.documentElement.clientWidth || (this.doc.defaultView?.innerWidth ?? 1000);
    const y = r.top + (r.height - BADGE_H) / 2 + sy;
    if (t.right + GAP + step + bw <= vw - 2) return { x: t.right + GAP + step + sx, y };
    if (t.left - GAP - step - bw >= 2) return { x: t.left - GAP - step - bw + sx, y };
    return { x: Math.max(2, vw - bw - 2 - step) + sx, y };
  }

  private drop(m: Mark): void {
    if (!m.box || m.placement !== 'at') return;
    if (m.box.contains(this.doc.activeElement) || m.box.contains(this.root.activeElement)) return; // keep the focused badge
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
    // Slots beside a table are handed out by a measure of every mark; a partial one keeps them.
    const slots = list === this.marks ? new Map<string, number>() : null;
    for (const m of list) {
      const r = (m.words ?? m.target).getBoundingClientRect();
      m.rect = r.width === 0 && r.height === 0 ? null : { x: r.left + sx, y: r.top + sy, w: r.width, h: r.height };
      m.badgeAt = m.rect && m.placement === 'at' && m.badge.length > 0 ? this.badgePlace(m, r, sx, sy, slots) : null;
      if (tick()) {
        yield;
        sx = win?.scrollX ?? 0;
        sy = win?.scrollY ?? 0;
      }
    }
    this.placeFlagsOf(list, sx, sy);
  }

  /** Places the flags among these marks in free space near their elements, off the page's text and
   *  off the other flags (reads only: the flags' widths and the page's text). */
  private placeFlagsOf(list: Mark[], sx: number, sy: number): void {
    const flags = list.filter((m) => isFlag(m) && m.rect && m.box);
    if (flags.length === 0) return;
    const others: Box[] = this.marks.filter((m) => isFlag(m) && !flags.includes(m) && m.rect && m.badgeAt).map((m) => m.badgeAt as Box);
    const sizes = flags.map((m) => {
      const b = (m.box!.firstElementChild as HTMLElement | null)?.getBoundingClientRect();
      return { w: Math.ceil(b?.width || 120), h: Math.ceil(b?.height || BADGE_H) };
    });
    const ys = flags.flatMap((m) => [m.rect!.y, m.rect!.y + m.rect!.h]);
    const reach = 30 * BADGE_H;
    const text = textBoxes(this.doc, Math.min(...ys) - reach, Math.max(...ys) + reach, sx, sy, this.host);
    const right = this.doc.documentElement.clientWidth || (this.doc.defaultView?.innerWidth ?? 1000);
    const requests = flags.map((m, i) => ({ target: m.rect!, placement: m.placement as 'before' | 'after', ...sizes[i]! }));
    const at = placeFlags(requests, [...text, ...others], { left: sx, right: sx + right, top: 0 });
    flags.forEach((m, i) => {
      m.badgeAt = at[i]!;
    });
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
      if (m.box && isFlag(m)) m.box.style.visibility = 'hidden';
      else if (m.box) m.box.style.display = 'none';
      return;
    }
    const box = this.build(m);
    const { x, y, w, h } = m.rect;
    box.style.display = '';
    if (m.placement === 'at') {
      Object.assign(box.style, { left: `${x}px`, top: `${y}px`, width: `${w}px`, height: `${h}px` });
      const badge = box.firstElementChild as HTMLElement | null;
      if (badge && m.badgeAt) Object.assign(badge.style, { left: `${m.badgeAt.x - x}px`, top: `${m.badgeAt.y - y}px` });
    } else if (m.placement === 'pinned') {
      // A bar just above the report's top element (at the top of the page when there is no room).
      Object.assign(box.style, { left: `${Math.max(0, x)}px`, top: `${Math.max(0, y - 30)}px`, maxWidth: `${Math.max(w, 360)}px` });
    } else {
      // The dashed line where the part belongs (it takes no clicks), its flag in free space nearby.
      const lineY = m.placement === 'before' ? y - 4 : y + h + 4;
      Object.assign(box.style, { left: `${x}px`, top: `${lineY}px`, width: `${Math.max(w, 120)}px`, visibility: '' });
      const flag = box.firstElementChild as HTMLElement | null;
      if (flag && m.badgeAt) Object.assign(flag.style, { left: `${m.badgeAt.x - x}px`, top: `${m.badgeAt.y - lineY}px`, maxWidth: `${m.badgeAt.w}px` });
    }
  }

  private relight(): void {
    const next = new Set([...this.hoverLit, ...this.cardLit]);
    if (next.size === this.lit.size && [...next].every((id) => this.lit.has(id))) return;
    this.lit = next;
    for (const m of this.marks) m.box?.classList.toggle('is-lit', m.ids.some((id) => next.has(id)));
  }

  /** The finding whose card is open is shown in full (null: none). */
  showCard(id: string | null): void {
    this.cardLit = id ? [id] : [];
    this.relight();
  }

  /** The clickable thing that stands for a finding: its badge, marker or pinned item (drawn: call
   *  reveal first), else null. */
  badgeOf(id: string): HTMLElement | null {
    for (const el of this.layer.querySelectorAll<HTMLElement>(`[${ATTR_BADGE}]`)) {
      if ((el.getAttribute(ATTR_BADGE) ?? '').split(' ').includes(id)) return el;
    }
    return null;
  }

  /** A finding is pinned in the notice (it has no place on the page). */
  isPinned(id: string): boolean {
    return this.marks.some((m) => m.placement === 'pinned' && m.ids.includes(id));
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
