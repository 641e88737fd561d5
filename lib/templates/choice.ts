// Which template a table is read and checked against: the one its own labels carry; for the
// requests table, else the one the proactive table carries; else the one the report's year
// requires; else the current one. The one place this is decided.
import type { ReportModel } from '../model';
import { TEMPLATES, templateForYear } from './index';
import type { Relation, TableKey, TemplateId } from './types';

export function tableTemplate(table: TableKey, own: TemplateId | null, proactive: TemplateId | null, year: number | null): TemplateId {
  return own ?? (table === 'requests' ? proactive : null) ?? (year !== null ? templateForYear(year) : '2021');
}

/** The relations that apply: each table checked against its template. */
export function relationsFor(model: ReportModel): Relation[] {
  const proactive = model.tables.proactive?.template ?? null;
  return (['proactive', 'requests', 'appeals'] as const).flatMap((table) => {
    const id = tableTemplate(table, model.tables[table]?.template ?? null, proactive, model.year);
    return TEMPLATES[id].relations.filter((r) => r.at.table === table);
  });
}
