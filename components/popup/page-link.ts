// Every message the popup sends, in one place: which tab it looks at, what it asks the background
// and the page, and how each reply is checked (components/shared/protocol.ts). A reply that does
// not match its schema, or a message that rejects, becomes a LinkError the popup can show.
import type { z } from 'zod';
import { prettifyError } from 'zod';
import {
  AuditTabReplySchema, ImportReplySchema, OkReplySchema, PageStateSchema, PingReplySchema, TabFramesReplySchema,
} from '../shared/protocol';
import type { PageState, PopupToBackground, ToPage } from '../shared/protocol';
import { METRICS_KEY } from '../shared/metrics';
import { LIST_PROBE_FILE, LIST_PROBE_KEY, listProbeAnswer } from '../shared/list-probe';
import type { ListProbe } from '../shared/list-probe';
import type { Dismissal, DismissReason } from '../../lib/result/dismissal';

/** The parts of a tab the popup reads. */
export interface TabInfo {
  id?: number;
  url?: string;
}

/** The parts of the WebExtension API the popup uses (`browser` from wxt/browser fits). */
export interface PageLinkApi {
  runtime: { sendMessage(message: PopupToBackground): Promise<unknown> };
  tabs: {
    query(info: { active: true; currentWindow: true }): Promise<TabInfo[]>;
    get(tabId: number): Promise<TabInfo>;
    sendMessage(tabId: number, message: ToPage, options: { frameId: number }): Promise<unknown>;
    reload(tabId: number): Promise<void>;
  };
  scripting: {
    executeScript(injection: {
      target: { tabId: number; frameIds: number[] };
      func: (key: string) => unknown;
      args: [string];
      files?: undefined;
    } | {
      target: { tabId: number; frameIds: number[] };
      files: [typeof LIST_PROBE_FILE];
      func?: undefined;
    }): Promise<{ result?: unknown }[]>;
  };
}

/** Who a message went to: the background or the content scripts in the page. */
export type Party = 'background' | 'page';

export type LinkErrorKind =
  /** The message rejected (nobody listening, the page went away…). */
  | 'rejected'
  /** A reply came but did not match the protocol. */
  | 'invalid'
  /** The receiver answered `ok: false`. */
  | 'refused'
  /** No tab to look at. */
  | 'no-tab'
  /** The background could not audit the tab. */
  | 'audit-failed';

export class LinkError extends Error {
  constructor(
    readonly kind: LinkErrorKind,
    readonly party: Party,
    /** What was asked, e.g. "get-state": for the technical details. */
    readonly asked: string,
    readonly detail: string,
  ) {
    super(`${asked}: ${detail}`);
    this.name = 'LinkError';
  }
}

export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  try {
    return typeof e === 'string' ? e : JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}

/** Validates a reply; a mismatch becomes an `invalid` LinkError naming the first problems. */
export function checkReply<S extends z.ZodType>(schema: S, reply: unknown, party: Party, asked: string): z.infer<S> {
  const parsed = schema.safeParse(reply);
  if (parsed.success) return parsed.data;
  const detail = reply === undefined ? 'no reply (undefined)' : prettifyError(parsed.error);
  throw new LinkError('invalid', party, asked, detail.length > 600 ? `${detail.slice(0, 600)}…` : detail);
}

async function ask<S extends z.ZodType>(schema: S, party: Party, asked: string, send: () => Promise<unknown>): Promise<z.infer<S>> {
  let reply: unknown;
  try {
    reply = await send();
  } catch (e) {
    throw new LinkError('rejected', party, asked, messageOf(e));
  }
  return checkReply(schema, reply, party, asked);
}

// ---------------------------------------------------------------------------------------------
// The target tab

export interface Target {
  tabId: number;
  /** Unknown when the browser does not tell the popup (no permission for that page). */
  url: string | null;
}

/** The test hook: `?tabId=N` in the popup's URL. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** The tab named by `?tabId=N`, else the active tab of the current window. */
export async function findTarget(api: PageLinkApi, search: string): Promise<Target> {
  const fromUrl = tabIdFromSearch(search);
  if (fromUrl !== null) {
    let tab: TabInfo;
    try {
      tab = await api.tabs.get(fromUrl);
    } catch (e) {
      throw new LinkError('no-tab', 'background', `tabs.get(${fromUrl})`, messageOf(e));
    }
    return { tabId: fromUrl, url: tab.url ?? null };
  }
  let tabs: TabInfo[];
  try {
    tabs = await api.tabs.query({ active: true, currentWindow: true });
  } catch (e) {
    throw new LinkError('no-tab', 'background', 'tabs.query', messageOf(e));
  }
  const tab = tabs[0];
  if (!tab || tab.id === undefined) throw new LinkError('no-tab', 'background', 'tabs.query', 'no active tab');
  return { tabId: tab.id, url: tab.url ?? null };
}

// ---------------------------------------------------------------------------------------------
// Reading the page

/** What the page answered, before it is turned into something to show (view-state.ts). */
export type Probe =
  /** An auditor answered get-state in this frame. */
  | { kind: 'state'; frameId: number; page: PageState }
  /** Only the detector is in the page; `candidate`: its cheap look says "may be a report". */
  | { kind: 'detector'; candidate: boolean }
  /** No content script answered in the top frame. */
  | { kind: 'none' };

export function getState(api: PageLinkApi, tabId: number, frameId: number): Promise<PageState> {
  return ask(PageStateSchema, 'page', 'get-state', () => api.tabs.sendMessage(tabId, { type: 'get-state' }, { frameId }));
}

/** Runs in the top frame's isolated world (the content scripts' own): the detector's verdict, if a
 *  detector ran there. Self-contained: executeScript sends its source, not its closure. */
function detectorVerdict(key: string): { candidate: boolean } | null {
  const m = (globalThis as unknown as Record<string, { detectorStart: number | null; candidate: boolean } | undefined>)[key];
  return m && m.detectorStart !== null ? { candidate: m.candidate === true } : null;
}

/** What the detector in the top frame decided, when it does not answer messages (it found no
 *  candidate, so it never listened). Null: no content script there, or no access. */
async function readDetector(api: PageLinkApi, tabId: number): Promise<{ candidate: boolean } | null> {
  try {
    const [frame] = await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: detectorVerdict, args: [METRICS_KEY] });
    const r = frame?.result as { candidate?: unknown } | null | undefined;
    return r && typeof r.candidate === 'boolean' ? { candidate: r.candidate } : null;
  } catch {
    return null;
  }
}

/** How many annual reports the tab's page links (a portal's list of them): the probe script run
 *  in its top frame, then its answer read. Null where the page cannot be read (no access). */
export async function probeList(api: PageLinkApi, tabId: number): Promise<ListProbe | null> {
  try {
    const target = { tabId, frameIds: [0] };
    await api.scripting.executeScript({ target, files: [LIST_PROBE_FILE] });
    const [frame] = await api.scripting.executeScript({ target, func: listProbeAnswer, args: [LIST_PROBE_KEY] });
    // Checked in the page's world already (listProbeAnswer); a page cannot reach that world.
    return (frame?.result as ListProbe | null | undefined) ?? null;
  } catch {
    return null;
  }
}

/**
 * Asks the background which frames hold an audited report; reads the first report frame's state.
 * When there is none, pings the top frame (an auditor, or a detector loading one, answers); when
 * nothing answers, reads the detector's verdict in the page; none there means no content script.
 */
export async function probe(api: PageLinkApi, tabId: number): Promise<Probe> {
  const { frames } = await ask(TabFramesReplySchema, 'background', 'tab-frames',
    () => api.runtime.sendMessage({ type: 'tab-frames', tabId }));
  const report = frames.find((f) => f.isReport);
  if (report) return { kind: 'state', frameId: report.frameId, page: await getState(api, tabId, report.frameId) };

  let pong: unknown;
  try {
    pong = await api.tabs.sendMessage(tabId, { type: 'ping' }, { frameId: 0 });
  } catch {
    const detector = await readDetector(api, tabId);
    return detector ? { kind: 'detector', candidate: detector.candidate } : { kind: 'none' };
  }
  const reply = checkReply(PingReplySchema, pong, 'page', 'ping');
  if (reply.role === 'auditor') return { kind: 'state', frameId: 0, page: await getState(api, tabId, 0) };
  return { kind: 'detector', candidate: reply.candidate };
}

export interface PollOptions {
  attempts: number;
  delayMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Probes until `done` accepts the answer or the attempts run out; then returns the last answer.
 * A failed attempt is retried (the auditor may be starting up); when every attempt failed, the
 * last failure is thrown.
 */
export async function probeUntil(api: PageLinkApi, tabId: number, done: (p: Probe) => boolean, opts: PollOptions): Promise<Probe> {
  const wait = opts.sleep ?? sleep;
  const attempts = Math.max(1, opts.attempts);
  let last: Probe | undefined;
  let failure: unknown;
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await wait(opts.delayMs);
    try {
      last = await probe(api, tabId);
      failure = undefined;
      if (done(last)) return last;
    } catch (e) {
      failure = e;
    }
  }
  if (last) return last;
  throw failure;
}

// ---------------------------------------------------------------------------------------------
// Actions

/** Sends an action to the frame that holds the report; throws unless it answers `{ok: true}`. */
export async function tellFrame(api: PageLinkApi, tabId: number, frameId: number, message: ToPage): Promise<void> {
  const reply = await ask(OkReplySchema, 'page', message.type, () => api.tabs.sendMessage(tabId, message, { frameId }));
  if (!reply.ok) throw new LinkError('refused', 'page', message.type, 'ok: false');
}

export const setHighlights = (api: PageLinkApi, tabId: number, frameId: number, on: boolean) =>
  tellFrame(api, tabId, frameId, { type: 'set-highlights', on });

export const focusFinding = (api: PageLinkApi, tabId: number, frameId: number, id: string) =>
  tellFrame(api, tabId, frameId, { type: 'focus-finding', id });

export const restoreFinding = (api: PageLinkApi, tabId: number, frameId: number, id: string) =>
  tellFrame(api, tabId, frameId, { type: 'restore', id });

/** An empty note is left out: the dismissal then has none. */
export const dismissFinding = (api: PageLinkApi, tabId: number, frameId: number, id: string, reason: DismissReason, note: string) =>
  tellFrame(api, tabId, frameId, note ? { type: 'dismiss', id, reason, note } : { type: 'dismiss', id, reason });

/** Hands a shared file's dismissals to the page; it merges those of its findings and counts the rest. */
export async function importDismissals(
  api: PageLinkApi, tabId: number, frameId: number, dismissals: Dismissal[],
): Promise<{ applied: number; ignored: number }> {
  const message: ToPage = { type: 'import-dismissals', dismissals };
  const reply = await ask(ImportReplySchema, 'page', message.type, () => api.tabs.sendMessage(tabId, message, { frameId }));
  if (!reply.ok) throw new LinkError('refused', 'page', message.type, 'ok: false');
  return { applied: reply.applied, ignored: reply.ignored };
}

/** Asks the background to audit the tab now (pages outside the automatic hosts, or "anyway"). */
export async function auditTab(api: PageLinkApi, tabId: number): Promise<void> {
  const reply = await ask(AuditTabReplySchema, 'background', 'audit-tab', () => api.runtime.sendMessage({ type: 'audit-tab', tabId }));
  if (!reply.ok) throw new LinkError('audit-failed', 'background', 'audit-tab', reply.error ?? 'ok: false');
}

export async function reloadTab(api: PageLinkApi, tabId: number): Promise<void> {
  try {
    await api.tabs.reload(tabId);
  } catch (e) {
    throw new LinkError('rejected', 'background', 'tabs.reload', messageOf(e));
  }
}
