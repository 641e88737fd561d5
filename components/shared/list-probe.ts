// The popup's questions "does this page list annual reports?" and "does it attach a report's
// file?": a small script (entrypoints/
// list-probe.ts) run in the page's isolated world on demand reads the list and leaves its answer
// under LIST_PROBE_KEY there, where a self-contained function reads it back.

export const LIST_PROBE_FILE = '/list-probe.js' as const;
export const LIST_PROBE_KEY = '__xxgkListProbe';

export interface ListProbe {
  /** The page read. */
  url: string;
  /** The annual reports this page of the list links. */
  reports: number;
  /** The document's own type: a PDF shown by the browser's viewer is application/pdf, whatever its address. */
  contentType: string;
  /** The report files the page attaches (lib/batch/attachments). */
  attachments: { url: string; name: string; format: 'pdf' | 'docx' | 'doc' | 'wps' }[];
}

/** Runs in the isolated world after the probe script: its answer. Self-contained (executeScript
 *  sends its source, not its closure). */
export function listProbeAnswer(key: string): ListProbe | null {
  const v = (globalThis as unknown as Record<string, ListProbe | undefined>)[key];
  if (!v || typeof v.url !== 'string' || typeof v.reports !== 'number' || typeof v.contentType !== 'string' || !Array.isArray(v.attachments)) return null;
  const attachments = v.attachments.filter((a) => a && typeof a.url === 'string' && typeof a.name === 'string' && ['pdf', 'docx', 'doc', 'wps'].includes(a.format))
    .map((a) => ({ url: a.url, name: a.name, format: a.format }));
  return { url: v.url, reports: v.reports, contentType: v.contentType, attachments };
}
