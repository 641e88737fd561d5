// The file a team shares its review in: one page's dismissals as JSON,
// `{ "kind": "xxgk-dismissals", "version": 1, "page": url, "dismissals": [...] }`. Reading one is
// all or nothing: anything malformed is refused with a reason, and nothing of it is applied.
import { prettifyError, z } from 'zod';
import type { Lang } from '../../lib/i18n/lang';
import { format } from '../../lib/i18n/lang';
import { ui } from '../../lib/i18n/ui';
import { safeFileNamePart } from '../../lib/export/file-name';
import { DismissalSchema } from '../../lib/result/dismissal';
import type { PageState } from '../shared/protocol';
import type { ExportFile } from '../popup/export-file';

export const DISMISSALS_KIND = 'xxgk-dismissals';
export const DISMISSALS_VERSION = 1;
/** A page has at most a few hundred findings; a file far larger than that is not ours. */
export const MAX_FILE_BYTES = 1_000_000;

export const DismissalFileSchema = z.object({
  kind: z.literal(DISMISSALS_KIND),
  version: z.literal(DISMISSALS_VERSION),
  page: z.string(),
  dismissals: z.array(DismissalSchema).max(10_000),
}).strict();
export type DismissalFile = z.infer<typeof DismissalFileSchema>;

export function dismissalFileOf(page: PageState): DismissalFile {
  return { kind: DISMISSALS_KIND, version: DISMISSALS_VERSION, page: page.url, dismissals: page.dismissals };
}

/** 「<report title>-忽略记录.json」 (the host name when there is no title). */
export function dismissalExport(page: PageState, lang: Lang): ExportFile {
  const title = safeFileNamePart(page.result.report.title ?? page.pageTitle) || safeFileNamePart(hostOf(page.url));
  const suffix = ui('panelDismissals', lang);
  return {
    name: `${title ? `${title}-${suffix}` : suffix}.json`,
    mime: 'application/json',
    text: `${JSON.stringify(dismissalFileOf(page), null, 2)}\n`,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export type ReadResult = { ok: true; file: DismissalFile } | { ok: false; error: string };

/** Reads a shared file; the error is a sentence for the auditor. Which of its dismissals belong to
 *  the page is the page's to say (it answers import-dismissals with the counts). */
export function readDismissalFile(text: string, lang: Lang): ReadResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: ui('importTooLarge', lang) };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: ui('importNotJson', lang) };
  }
  const head = z.object({ kind: z.unknown(), version: z.unknown() }).safeParse(raw);
  if (!head.success || head.data.kind !== DISMISSALS_KIND) return { ok: false, error: ui('importWrongKind', lang) };
  if (head.data.version !== DISMISSALS_VERSION) {
    return { ok: false, error: format(ui('importWrongVersion', lang), { version: JSON.stringify(head.data.version) ?? '?' }) };
  }
  const parsed = DismissalFileSchema.safeParse(raw);
  if (!parsed.success) {
    const detail = prettifyError(parsed.error);
    return { ok: false, error: format(ui('importMalformed', lang), { detail: detail.length > 300 ? `${detail.slice(0, 300)}…` : detail }) };
  }
  return { ok: true, file: parsed.data };
}
