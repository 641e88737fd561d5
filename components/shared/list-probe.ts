// The popup's question "does this page list annual reports?": a small script (entrypoints/
// list-probe.ts) run in the page's isolated world on demand reads the list and leaves its answer
// under LIST_PROBE_KEY there, where a self-contained function reads it back.

export const LIST_PROBE_FILE = '/list-probe.js' as const;
export const LIST_PROBE_KEY = '__xxgkListProbe';

export interface ListProbe {
  /** The page read. */
  url: string;
  /** The annual reports this page of the list links. */
  reports: number;
}

/** Runs in the isolated world after the probe script: its answer. Self-contained (executeScript
 *  sends its source, not its closure). */
export function listProbeAnswer(key: string): ListProbe | null {
  const v = (globalThis as unknown as Record<string, ListProbe | undefined>)[key];
  return v && typeof v.url === 'string' && typeof v.reports === 'number' ? { url: v.url, reports: v.reports } : null;
}
