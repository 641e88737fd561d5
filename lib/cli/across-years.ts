// Reports of one body in consecutive years, among all entries of the batch, compared once all are
// read (lib/years). Error entries pass through in place.
import type { Lang } from '../i18n/lang';
import type { BatchEntry, ErrorEntry } from '../export/batch-entry';
import { previousYearOf } from '../years/pairing';
import { withPrevious } from '../years/with-previous';
import type { AuditedInput } from './audit-input';

export function compareAcrossYears(entries: readonly (AuditedInput | ErrorEntry)[], opts: { lang: Lang; now?: Date }): BatchEntry[] {
  const audited = entries.filter((e): e is AuditedInput => 'model' in e);
  const lastYear = previousYearOf(audited);
  const previous = new Map(audited.map((a, i) => [a, lastYear[i]] as const));
  return entries.map((e) => {
    if (!('model' in e)) return e;
    const last = previous.get(e);
    if (!last) return e.result;
    return withPrevious(e, { model: last.model, source: last.source }, { lang: opts.lang, now: opts.now }).result;
  });
}
