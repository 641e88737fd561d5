// The parsed report: what the rules read, the same whatever the source (an HTML page, a PDF, a Word
// file). Only model addresses, no page elements: each source keeps its own index of where things
// stand (lib/sources). The types are the schema's (lib/result/model-schema.ts).
import type { z } from 'zod';
import type {
  LabelVariantSchema, ModelCellSchema, ParsedTableSchema, ReportModelSchema, SectionHitSchema,
} from './result/model-schema';
import type { TableKey } from './templates/types';

export type ModelCell = z.infer<typeof ModelCellSchema>;
export type LabelVariant = z.infer<typeof LabelVariantSchema>;
export type ParsedTable = z.infer<typeof ParsedTableSchema>;
export type SectionHit = z.infer<typeof SectionHitSchema>;
export type ReportModel = z.infer<typeof ReportModelSchema>;
export type AgencyKind = ReportModel['agencyKind'];

export function cellKey(table: TableKey, block: string | null, row: string, column: string): string {
  return `${table}/${block ?? ''}/${row}/${column}`;
}
