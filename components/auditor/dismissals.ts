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

export async function dismiss(url: string, findingId: string, reason: DismissReason, now = new Date()): Promise<Dismissal[]> {
  const list = (await loadDismissals(url)).filter((d) => d.findingId !== findingId);
  list.push({ findingId, reason, at: now.toISOString() });
  await save(url, list);
  return list;
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
