// Dismissals are remembered per page (URL without its #fragment) in the extension's local storage.
import { pageApi as browser } from '../shared/page-api';
import { readDismissals } from '../shared/page-guards';
import type { Dismissal, DismissReason } from '../../lib/result/dismissal';

export function pageKey(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return `dismissals:${u.href}`;
}

export async function loadDismissals(url: string): Promise<Dismissal[]> {
  const key = pageKey(url);
  const got = await browser.storage.local.get(key);
  return readDismissals(got[key]);
}

async function save(url: string, list: Dismissal[]): Promise<void> {
  const key = pageKey(url);
  if (list.length === 0) await browser.storage.local.remove(key);
  else await browser.storage.local.set({ [key]: list });
}

export async function dismiss(url: string, findingId: string, reason: DismissReason, note?: string, now = new Date()): Promise<Dismissal[]> {
  const list = (await loadDismissals(url)).filter((d) => d.findingId !== findingId);
  const trimmed = note?.trim();
  list.push(trimmed ? { findingId, reason, at: now.toISOString(), note: trimmed } : { findingId, reason, at: now.toISOString() });
  await save(url, list);
  return list;
}

export interface ImportOutcome {
  list: Dismissal[];
  /** Imported dismissals of findings on this page (merged: per finding the later decision wins). */
  applied: number;
  /** Imported dismissals of findings this page does not have (another version of the page). */
  ignored: number;
}

/** Merges dismissals from a shared file into the page's own. */
export async function importDismissals(url: string, imported: readonly Dismissal[], onPage: ReadonlySet<string>): Promise<ImportOutcome> {
  const byId = new Map((await loadDismissals(url)).map((d) => [d.findingId, d]));
  let applied = 0;
  for (const d of imported) {
    if (!onPage.has(d.findingId)) continue;
    applied++;
    const mine = byId.get(d.findingId);
    if (!mine || Date.parse(d.at) >= Date.parse(mine.at)) byId.set(d.findingId, d);
  }
  const list = [...byId.values()];
  await save(url, list);
  return { list, applied, ignored: imported.length - applied };
}

export async function restore(url: string, findingId: string): Promise<Dismissal[]> {
  const list = (await loadDismissals(url)).filter((d) => d.findingId !== findingId);
  await save(url, list);
  return list;
}

const HIGHLIGHTS_KEY = 'settings:highlights';

export async function loadHighlights(): Promise<boolean> {
  const got = await browser.storage.local.get(HIGHLIGHTS_KEY);
  return got[HIGHLIGHTS_KEY] !== false;
}

export async function saveHighlights(on: boolean): Promise<void> {
  await browser.storage.local.set({ [HIGHLIGHTS_KEY]: on });
}
