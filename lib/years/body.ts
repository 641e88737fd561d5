// The body a report is of: the agency named in its title, normalised so that two reports of one
// body match whatever their width, spacing and punctuation (「互助县 教育局」 = 「互助县教育局」).
import type { ReportModel } from '../model';

/** Full and half width alike (NFKC), no white space, no punctuation or symbols; null when unknown. */
export function bodyKey(model: Pick<ReportModel, 'agency'>): string | null {
  if (!model.agency) return null;
  const key = model.agency.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
  return key.length > 0 ? key : null;
}
