// One audit session in one frame: runs the engine on the live page, draws the marks, keeps the
// card, the dismissals and the highlight switch, rescans when the page changes (debounced,
// ignoring its own marks), answers the popup and reports counts to the background.
import { h, render } from 'preact';
import { pageApi as browser } from '../shared/page-api';
import { format, langOf } from '../../lib/i18n/lang';
import type { Lang } from '../../lib/i18n/lang';
import { columnName, rowName } from '../../lib/i18n/places';
import { SEVERITY_KEY, ui } from '../../lib/i18n/ui';
import { cellKey } from '../../lib/model';
import type { Dismissal, DismissReason } from '../../lib/result/dismissal';
import type { Finding } from '../../lib/result/schema';
import { ruleTitle } from '../../lib/rules';
import type { Severity } from '../../lib/result/severity';
import { SEVERITY_ICON } from '../../lib/result/severity';
import { auditPageSliced } from '../../lib/sources/html/page-audit';
import type { FindingLocation, PageAudit } from '../../lib/sources/html/page-audit';
import type { SliceOptions, Steps } from '../../lib/steps';
import { runSliced } from '../../lib/steps';
import type { CardYears } from '../marks/card';
import { Card, detailsText } from '../marks/card';
import { safeHref } from '../shared/safe-href';
import { Overlay } from '../marks/overlay';
import { planMarksSteps } from '../marks/plan';
import type { MarkPlan } from '../marks/plan';
import { metrics, note, recordScan, tracked } from '../shared/metrics';
import type { PageState, ToBackground, ToPage } from '../shared/protocol';
import { dismiss, importDismissals, loadDismissals, loadHighlights, restore, saveHighlights } from './dismissals';
import type { RecordFormat } from '../library/schema';
import { allSnippets } from './snippets';

/** Rescans wait for the page to be quiet this long, and never come closer than MIN_GAP. */
const QUIET_MS = 300;
const MIN_GAP_MS = 1000;
/** A page that never stops changing is still rescanned this often. */
const MAX_WAIT_MS = 3000;
/** No piece of our work on the page's main thread runs longer than this (then we pause). */
const SLICE_MS = 12;

/**
 * Gives the main thread back and waits behind whatever the page has queued: a message-channel
 * task. Not scheduler.yield: its continuation jumps ahead of the page's own tasks, which would
 * then wait for our whole scan.
 */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

const SLICING: SliceOptions = { sliceMs: SLICE_MS, pause, onSlice: note };

/** What a session audits when it is not the live page it runs in: a document shown by the viewer
 *  (a PDF or a Word file), already drawn in this page, audited once. */
export interface ShownDocument {
  /** The document's own address: results, dismissals and the library name it, not the viewer's. */
  url: string;
  format: RecordFormat;
  audit(): Promise<PageAudit & { longestSliceMs: number }>;
  /** Where a target's text stands, when the document paints its text (see Overlay). */
  textOf?: (el: Element) => DOMRect | null;
  /** The export's excerpts, when the drawn document has no tables to copy (a PDF). */
  snippets?: (ids: readonly string[], locations: ReadonlyMap<string, FindingLocation>) => Record<string, string>;
  /** Told after each audit is reported: the viewer's own findings list follows it. */
  onAudited?: () => void;
}

export class AuditSession {
  private readonly lang: Lang;
  private outcome: PageAudit | null = null;
  private plan: MarkPlan | null = null;
  private dismissals: Dismissal[] = [];
  private highlights = true;
  private overlay: Overlay | null = null;
  private card: { order: string[]; index: number } | null = null;
  private copied: 'no' | 'yes' | 'failed' = 'no';
  /** Owns every listener, observer and timer of this session: aborting it stops the session. */
  private readonly teardown = new AbortController();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastScan = 0;
  private pendingSince = 0;
  private frame = 0;
  private readonly onLayout = () => {
    if (this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => tracked(() => {
      this.frame = 0;
      if (this.card) this.renderCard();
    }));
  };

  /** `shown`: a document the viewer drew, audited in place of the page (which is then not watched). */
  constructor(private readonly doc: Document, private readonly win: Window, private readonly shown: ShownDocument | null = null) {
    this.lang = langOf(win.navigator.language);
    this.teardown.signal.addEventListener('abort', () => {
      if (this.timer) clearTimeout(this.timer);
      if (this.frame) win.cancelAnimationFrame(this.frame);
    });
  }

  get url(): string {
    return this.shown?.url ?? this.win.location.href;
  }

  /** The remembered dismissals and highlight switch, read while the first audit runs. */
  private stored: Promise<void> = Promise.resolve();

  async start(): Promise<void> {
    metrics().auditorStart ??= performance.now();
    this.stored = Promise.all([loadDismissals(this.url), loadHighlights()]).then(([dismissals, highlights]) => {
      this.dismissals = dismissals;
      this.highlights = highlights;
    }, () => {});
    // The caller's task may hold more (the auditor's bundle is evaluated in the task that starts
    // it): the first scan begins in a task of its own.
    await pause();
    await this.scan();
    if (!this.shown) this.observe();
    // The marks follow the layout by themselves (Overlay); the card follows a resize.
    this.win.addEventListener('resize', this.onLayout, { signal: this.teardown.signal });
  }

  private scanning: Promise<void> | null = null;
  private scanAgain = false;

  /** Audits the page as it is now and redraws; a scan asked for during one runs once after it. */
  scan(): Promise<void> {
    if (this.teardown.signal.aborted) return Promise.resolve();
    if (this.scanning) {
      this.scanAgain = true;
      return this.scanning;
    }
    this.scanning = this.runScan().finally(() => {
      this.scanning = null;
      if (this.scanAgain) {
        this.scanAgain = false;
        void this.scan();
      }
    });
    return this.scanning;
  }

  private async runScan(): Promise<void> {
    const t0 = performance.now();
    this.lastScan = t0;
    const outcome = this.shown ? await this.shown.audit() : await auditPageSliced(this.doc, { source: this.url, lang: this.lang }, SLICING);
    this.outcome = outcome;
    this.byId = new Map(outcome.result.findings.map((f) => [f.id, f]));
    const t1 = performance.now();
    await this.stored;
    const drawSlice = await this.redraw();
    const t2 = performance.now();
    recordScan({
      at: t0, auditMs: t1 - t0, drawMs: t2 - t1, findings: outcome.result.findings.length,
      longestSliceMs: Math.max(outcome.longestSliceMs, drawSlice),
    });
    void this.report();
    void import('./library-link')
      .then(({ linkLibrary }) => linkLibrary(outcome, this.url, this.shown?.format ?? 'html', this.lang, (m) => browser.runtime.sendMessage(m)))
      .then((linked) => this.adopt(outcome, linked));
  }

  /** The across-years findings, once the library answered, if the page was not audited again since. */
  private async adopt(was: PageAudit, linked: PageAudit | null): Promise<void> {
    if (!linked || this.outcome !== was) return;
    this.outcome = linked;
    this.byId = new Map(linked.result.findings.map((f) => [f.id, f]));
    await this.redraw();
    void this.report();
  }

  /** Redraws the marks for the current result (sliced); returns the longest slice. */
  private async redraw(): Promise<number> {
    const outcome = this.outcome;
    if (!outcome || !outcome.result.report.isReport || !this.highlights) {
      this.overlay?.clear();
      this.plan = null;
      this.closeCard();
      return 0;
    }
    const overlay = (this.overlay ??= this.makeOverlay());
    const run = await runSliced(this.drawSteps(outcome, overlay), SLICING);
    if (this.card) {
      const current = this.card.order[this.card.index];
      if (current && run.value.order.includes(current)) this.openCard(current);
      else this.closeCard();
    }
    return run.longestSliceMs;
  }

  private makeOverlay(): Overlay {
    const overlay = new Overlay(this.doc, this.teardown.signal, SLICING, this.shown?.textOf);
    // Escape anywhere in our UI closes the card and gives the focus back to its badge.
    overlay.layer.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.card) {
        e.preventDefault();
        this.closeCard({ returnFocus: true });
      }
    });
    return overlay;
  }

  /** Plans the marks for an outcome and draws them. */
  private *drawSteps(outcome: PageAudit, overlay: Overlay): Steps<MarkPlan> {
    const plan = yield* planMarksSteps(outcome.result, outcome.locations, new Set(this.dismissals.map((d) => d.findingId)));
    this.plan = plan;
    yield* overlay.drawSteps(plan, {
      describe: (ids, severity) => this.describe(ids, severity),
      label: (ids) => this.label(ids),
      pinnedTitle: (n) => format(ui('cardPinned', this.lang), { n }),
      pinnedItem: (id) => {
        const f = this.finding(id);
        return f ? `${SEVERITY_ICON[f.severity]} ${this.ruleTitle(f)}` : id;
      },
      added: (text) => format(ui('cardAdded', this.lang), { value: text || ui('exportHtmlBlank', this.lang) }),
      open: (ids) => this.openCard(ids[0]!, { focusCard: true }),
    }, outcome.top);
    return plan;
  }

  private byId = new Map<string, Finding>();

  private finding(id: string): Finding | undefined {
    return this.byId.get(id);
  }

  private ruleTitle(f: Finding): string {
    return ruleTitle(f.rule, this.lang);
  }

  private describe(ids: string[], severity: Severity): string {
    const titles = [...new Set(ids.map((id) => this.finding(id)).filter((f): f is Finding => !!f).map((f) => this.ruleTitle(f)))];
    return format(ui('cardBadgeLabel', this.lang), { severity: ui(SEVERITY_KEY[severity], this.lang), titles: titles.join(' · ') });
  }

  private label(ids: string[]): string {
    const f = this.finding(ids[0]!);
    const more = ids.length > 1 ? ` (+${ids.length - 1})` : '';
    return (f ? f.message : '').slice(0, 80) + more;
  }

  /** A cell of the finding in the page's words; last year's named after their year unless the
   *  card shows them in a column of their own. */
  private cellLine(c: Finding['cells'][number], withYear: boolean): string {
    const model = this.outcome?.model;
    const other = this.lastYears(c);
    const mc = other ? undefined : model?.tables[c.table]?.cells[cellKey(c.table, c.block, c.row, c.column)];
    const where = (other && withYear ? format(ui('cardOtherYear', this.lang), { year: c.year! }) : '')
      + (mc ? `${mc.rowLabel.replace(/\s+/g, '')} / ${mc.columnLabel.replace(/\s+/g, '')}` : `${rowName(c.table, c.block, c.row)} / ${columnName(c.table, c.block, c.column)}`);
    const role = c.role === 'total' ? ui('cardTotal', this.lang) : c.role === 'part' ? ui('cardPart', this.lang) : c.role === 'blocking' ? ui('cardBlocking', this.lang) : '';
    return `${where}：${c.text || ui('exportHtmlBlank', this.lang)}${role ? `（${role}）` : ''}`;
  }

  private lastYears(c: Finding['cells'][number]): boolean {
    return c.year !== undefined && c.year !== this.outcome?.model.year;
  }

  /** An across-years finding's cells by year, with last year's report to open. */
  private cardYears(f: Finding): CardYears | null {
    if (!f.previous) return null;
    return {
      previous: { year: f.previous.year, title: f.previous.title, href: safeHref(f.previous.source) },
      year: this.outcome?.model.year ?? f.previous.year + 1,
      last: f.cells.filter((c) => this.lastYears(c)).map((c) => this.cellLine(c, false)),
      now: f.cells.filter((c) => !this.lastYears(c)).map((c) => this.cellLine(c, false)),
    };
  }

  openCard(id: string, opts: { focusCard?: boolean } = {}): void {
    const order = this.plan?.order ?? [];
    const index = order.indexOf(id);
    const target = this.overlay?.targetsOf(id)[0];
    if (index < 0 || !target) return;
    this.card = { order, index };
    this.copied = 'no';
    this.overlay!.showCard(id);
    this.renderCard();
    if (opts.focusCard) this.cardElement()?.focus({ preventScroll: true });
  }

  private cardElement(): HTMLElement | null {
    return this.overlay?.cardMount.querySelector<HTMLElement>('.xxgk-card') ?? null;
  }
  private step(delta: number): void {
    if (!this.card) return;
    const n = this.card.order.length;
    const id = this.card.order[(this.card.index + delta + n) % n]!;
    void this.focus(id);
  }

  /** The keyboard commands: from the open card's finding (else from either end) to the next or
   *  previous one in page order. */
  async stepFinding(delta: 1 | -1): Promise<boolean> {
    const order = this.plan?.order ?? this.outcome?.result.findings.map((f) => f.id) ?? [];
    const n = order.length;
    if (n === 0) return false;
    const at = this.card ? order.indexOf(this.card.order[this.card.index]!) : -1;
    const next = at < 0 ? (delta > 0 ? 0 : n - 1) : (at + delta + n) % n;
    return this.focus(order[next]!);
  }

  private renderCard(): void {
    const overlay = this.overlay;
    const card = this.card;
    if (!overlay || !card) return;
    const f = this.finding(card.order[card.index]!);
    if (!f) return this.closeCard();
    const cells = f.cells.map((c) => this.cellLine(c, true));
    const prev = this.cardElement();
    render(h(Card, {
      finding: f, ruleTitle: this.ruleTitle(f), index: card.index, total: card.order.length,
      dismissal: this.dismissals.find((d) => d.findingId === f.id) ?? null,
      cells, years: this.cardYears(f), lang: this.lang, left: prev?.offsetLeft ?? 0, top: prev?.offsetTop ?? 0, copied: this.copied,
      onPrev: () => this.step(-1),
      onNext: () => this.step(1),
      onClose: () => this.closeCard({ returnFocus: true }),
      onDismiss: (reason: DismissReason) => void this.setDismissal(f.id, reason),
      onRestore: () => void this.setDismissal(f.id, null),
      onCopy: () => void this.copy(detailsText(f, this.ruleTitle(f), cells, this.url, this.lang)),
    }), overlay.cardMount);
    this.placeCard(f.id);
  }

  /** Puts the card beside its mark, inside the viewport, off the cells it names: right of their
   *  table, else left of it, else below them; clamped to the viewport. */
  private placeCard(id: string): void {
    const el = this.cardElement();
    const overlay = this.overlay;
    if (!el || !overlay) return;
    const vw = this.doc.documentElement.clientWidth || this.win.innerWidth;
    const vh = this.win.innerHeight;
    const w = el.offsetWidth;
    const hgt = el.offsetHeight;
    const mark = (overlay.badgeOf(id) ?? overlay.targetsOf(id)[0])?.getBoundingClientRect();
    const targets = overlay.targetsOf(id);
    const rects = [...targets, ...targets.map((t) => t.closest('table')).filter((t): t is HTMLTableElement => !!t)].map((t) => t.getBoundingClientRect());
    if (mark) rects.push(mark);
    const area = rects.reduce((a, r) => ({ l: Math.min(a.l, r.left), t: Math.min(a.t, r.top), r: Math.max(a.r, r.right), b: Math.max(a.b, r.bottom) }), { l: Infinity, t: Infinity, r: -Infinity, b: -Infinity });
    const clampY = (y: number) => Math.max(8, Math.min(y, vh - hgt - 8));
    const clampX = (x: number) => Math.max(8, Math.min(x, vw - w - 8));
    const anchorY = mark ? mark.top : area.t;
    let left: number;
    let top: number;
    if (area.r + 12 + w <= vw - 8) [left, top] = [area.r + 12, clampY(anchorY - 20)];
    else if (area.l - 12 - w >= 8) [left, top] = [area.l - 12 - w, clampY(anchorY - 20)];
    else {
      // Below the cells named (the finding's own cells, not the whole table), else above them.
      const own = [...targets.map((t) => t.getBoundingClientRect()), ...(mark ? [mark] : [])];
      const bottom = Math.max(...own.map((r) => r.bottom));
      const topOwn = Math.min(...own.map((r) => r.top));
      left = clampX(mark ? mark.left - 20 : area.l);
      if (bottom + 10 + hgt <= vh - 8) top = bottom + 10;
      else if (topOwn - 10 - hgt >= 8) top = topOwn - 10 - hgt;
      else {
        // Cells above and below (a whole column): beside them, over the table's other cells.
        top = clampY(anchorY - 20);
        const band = own.filter((r) => r.bottom > top && r.top < top + hgt);
        const l = Math.min(...band.map((r) => r.left));
        const r = Math.max(...band.map((q) => q.right));
        if (r + 12 + w <= vw - 8) left = r + 12;
        else if (l - 12 - w >= 8) left = l - 12 - w;
      }
    }
    el.style.left = `${left + this.win.scrollX}px`;
    el.style.top = `${top + this.win.scrollY}px`;
  }

  /** Copies the details: the clipboard API where the page is a secure context, else a hidden
   *  textarea in our shadow root and execCommand('copy'); the card says which way it went. */
  private async copy(text: string): Promise<void> {
    let ok = false;
    try {
      if (this.win.navigator.clipboard && this.win.isSecureContext) {
        await this.win.navigator.clipboard.writeText(text);
        ok = true;
      }
    } catch {
      ok = false;
    }
    if (!ok && this.overlay) {
      const area = this.doc.createElement('textarea');
      area.className = 'xxgk-copybuf';
      area.value = text;
      area.setAttribute('readonly', '');
      this.overlay.layer.append(area);
      const back = this.overlay.root.activeElement as HTMLElement | null;
      area.select();
      try {
        ok = this.doc.execCommand('copy');
      } catch {
        ok = false;
      }
      area.remove();
      back?.focus({ preventScroll: true });
    }
    this.copied = ok ? 'yes' : 'failed';
    this.renderCard();
  }

  private closeCard(opts: { returnFocus?: boolean } = {}): void {
    const id = this.card ? this.card.order[this.card.index] : undefined;
    this.card = null;
    if (this.overlay) {
      render(null, this.overlay.cardMount);
      this.overlay.showCard(null);
      if (opts.returnFocus && id) this.overlay.badgeOf(id)?.focus({ preventScroll: true });
    }
  }

  /** Scrolls a finding into view, makes it pulse and opens its card. */
  async focus(id: string): Promise<boolean> {
    if (!this.highlights) {
      this.highlights = true;
      void saveHighlights(true);
      await this.redraw();
    }
    const overlay = this.overlay;
    const target = overlay?.targetsOf(id)[0];
    if (!overlay || !target) return false;
    if (!overlay.isPinned(id)) target.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    overlay.reveal(id);
    // A pinned finding: its item in the notice (the notice sits above the report's top).
    if (overlay.isPinned(id)) overlay.badgeOf(id)?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    overlay.pulse(id);
    this.openCard(id);
    return true;
  }

  async setDismissal(id: string, reason: DismissReason | null, note?: string): Promise<void> {
    this.dismissals = reason ? await dismiss(this.url, id, reason, note) : await restore(this.url, id);
    await this.redraw();
    void this.report();
  }

  async setHighlights(on: boolean): Promise<void> {
    this.highlights = on;
    await saveHighlights(on);
    await this.redraw();
  }

  state(): PageState | null {
    const o = this.outcome;
    if (!o) return null;
    return {
      url: this.url, pageTitle: this.doc.title, result: o.result, dismissals: this.dismissals, highlights: this.highlights,
      snippets: (this.shown?.snippets ?? allSnippets)(o.result.findings.map((f) => f.id), o.locations),
    };
  }

  private async report(): Promise<void> {
    const r = this.outcome?.result;
    if (!r) return;
    const dismissed = new Set(this.dismissals.map((d) => d.findingId));
    this.shown?.onAudited?.();
    const msg: ToBackground = {
      type: 'audited', isReport: r.report.isReport, title: r.report.title, summary: r.summary,
      dismissed: r.findings.filter((f) => dismissed.has(f.id)).length,
      errorsOpen: r.findings.filter((f) => f.severity === 'error' && !dismissed.has(f.id)).length,
    };
    await browser.runtime.sendMessage(msg).catch(() => {
      // The extension was reloaded or updated: this copy of the auditor is orphaned. It takes its
      // marks off the page and stops watching it (the new copy audits afresh).
      if (!browser.runtime?.id) this.stop();
    });
  }

  private observe(): void {
    const target = this.doc.body ?? this.doc.documentElement;
    const own = this.overlay?.host;
    const observer = new MutationObserver((records) => tracked(() => {
      const host = this.overlay?.host ?? own;
      if (host && records.every((r) => host.contains(r.target))) return;
      this.schedule();
    }));
    observer.observe(target, { childList: true, subtree: true, characterData: true });
    this.teardown.signal.addEventListener('abort', () => observer.disconnect());
  }

  private schedule(): void {
    const now = performance.now();
    if (this.timer) clearTimeout(this.timer);
    else this.pendingSince = now;
    const quiet = Math.max(QUIET_MS, this.lastScan + MIN_GAP_MS - now);
    const deadline = Math.max(this.pendingSince + MAX_WAIT_MS, this.lastScan + MIN_GAP_MS) - now;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.scan();
    }, Math.max(0, Math.min(quiet, deadline)));
  }

  /** Stops the session: every listener, observer, timer and mark goes (through the teardown). */
  stop(): void {
    this.teardown.abort();
  }

  /** Answers a message from the popup; null when the message is not for us. */
  async handle(msg: ToPage): Promise<unknown> {
    switch (msg.type) {
      case 'ping':
        return { role: 'auditor', candidate: !!this.outcome?.result.report.isReport };
      case 'get-state':
        return this.state();
      case 'set-highlights':
        await this.setHighlights(msg.on);
        return { ok: true };
      case 'focus-finding':
        return { ok: await this.focus(msg.id) };
      case 'dismiss':
        await this.setDismissal(msg.id, msg.reason, msg.note);
        return { ok: true };
      case 'step-finding':
        return { ok: await this.stepFinding(msg.delta) };
      case 'import-dismissals': {
        const got = await importDismissals(this.url, msg.dismissals, new Set(this.byId.keys()));
        this.dismissals = got.list;
        await this.redraw();
        void this.report();
        return { ok: true, applied: got.applied, ignored: got.ignored };
      }
      case 'restore':
        await this.setDismissal(msg.id, null);
        return { ok: true };
      case 'rescan':
        await this.scan();
        return { ok: true };
    }
  }
}
