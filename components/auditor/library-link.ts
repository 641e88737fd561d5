// The auditor's link to the library of audited reports (kept by the background, in the
// extension's own IndexedDB): the audited report is sent to be kept, and when last year's report
// of the same body comes back, the across-years rules run against it and their findings are
// placed on this page. The session loads this module after its first scan: zod and the schemas
// stay out of the auditor's start.
import '../shared/zod-jitless';
import type { Lang } from '../../lib/i18n/lang';
import type { PageAudit } from '../../lib/sources/html/page-audit';
import { locate } from '../../lib/sources/html/page-audit';
import { withPrevious } from '../../lib/years/with-previous';
import { previousOf, recordOf } from '../library/schema';
import type { RecordFormat } from '../library/schema';
import { LibraryReplySchema } from '../shared/protocol';
import type { ToBackground } from '../shared/protocol';

export type SendToBackground = (msg: ToBackground) => Promise<unknown>;

/** The outcome with the across-years findings added; null when there is nothing to add (not a
 *  report, no body or year, last year not in the library, or the background did not answer). */
export async function linkLibrary(outcome: PageAudit, source: string, format: RecordFormat, lang: Lang, send: SendToBackground): Promise<PageAudit | null> {
  const { model, result } = outcome;
  if (!model.isReport) return null;
  const record = recordOf(model, source, result.auditedAt, result.summary, { via: 'page', format });
  const reply = LibraryReplySchema.safeParse(await send({ type: 'library-audited', record }).catch(() => null));
  const previous = reply.success ? reply.data.previous : null;
  if (!previous) return null;
  const compared = withPrevious(outcome, previousOf(previous), { lang });
  // The library's counts are the page's: with the across-years findings.
  void send({ type: 'library-audited', record: { ...record, summary: compared.result.summary } }).catch(() => {});
  const kept = new Set(compared.result.findings.map((f) => f.id));
  const locations = new Map([...outcome.locations].filter(([id]) => kept.has(id)));
  for (const [id, places] of compared.placement) locations.set(id, locate(places, outcome.places));
  return { ...outcome, result: compared.result, locations };
}
