// One report of a batch, in the dashboard: its page's text parsed by the browser (DOMParser: no
// script runs, nothing loads) and audited by the same engine as a visited page, in slices so the
// dashboard stays responsive.
import { auditSteps } from '../../lib/audit';
import type { Lang } from '../../lib/i18n/lang';
import { htmlSource } from '../../lib/sources/html/source';
import { runSliced } from '../../lib/steps';
import type { AuditedReport } from '../../lib/years/with-previous';

const SLICE_MS = 8;
const pause = () => new Promise<void>((r) => setTimeout(r, 0));

export async function auditText(text: string, source: string, opts: { lang: Lang; now?: Date }, parser: DOMParser): Promise<AuditedReport> {
  const doc = parser.parseFromString(text, 'text/html');
  const run = await runSliced(auditSteps(htmlSource(doc), { source, lang: opts.lang, now: opts.now }), { sliceMs: SLICE_MS, pause });
  return { result: run.value.result, model: run.value.model };
}
