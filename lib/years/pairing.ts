// Which audited report is last year's report of another: the same body, the year before. With
// several years of one body every consecutive pair is compared; other years are not.
import type { ReportModel } from '../model';
import { bodyKey } from './body';

function tablesFound(model: ReportModel): number {
  return (['proactive', 'requests', 'appeals'] as const).filter((t) => model.tables[t]).length;
}

/**
 * For each report, last year's report of the same body among `list`, or null: none, or the
 * report's body or year is unknown. When two reports of that body and year are given, the one
 * with more of the three tables is taken (a page whose tables were read), and of equals the
 * first in the list.
 */
export function previousYearOf<T extends { model: ReportModel }>(list: readonly T[]): (T | null)[] {
  const byBodyYear = new Map<string, T>();
  for (const item of list) {
    const body = bodyKey(item.model);
    if (!item.model.isReport || body === null || item.model.year === null) continue;
    const key = `${item.model.year}\u0000${body}`;
    const held = byBodyYear.get(key);
    if (!held || tablesFound(item.model) > tablesFound(held.model)) byBodyYear.set(key, item);
  }
  return list.map((item) => {
    const body = bodyKey(item.model);
    if (!item.model.isReport || body === null || item.model.year === null) return null;
    const found = byBodyYear.get(`${item.model.year - 1}\u0000${body}`);
    return found && found !== item ? found : null;
  });
}
