// One audited report as the library keeps it: where it came from, whose and which year it is, its
// counts, and the values of its tables (the report model's tables; not the page, not its prose).
// Read back from IndexedDB or an imported file only through these schemas.
import { z } from 'zod';
import { ReportModelSchema } from '../../lib/result/model-schema';
import type { ReportModel } from '../../lib/model';
import type { PreviousReport } from '../../lib/rule-kit/types';

const Summary = z.object({ error: z.number().int().nonnegative(), warning: z.number().int().nonnegative(), info: z.number().int().nonnegative() });

export const LibraryRecordSchema = z.object({
  source: z.string().min(1),
  title: z.string().nullable(),
  /** The body as the title names it, and normalised (lib/years/body.ts): how years are paired. */
  body: z.string().nullable(),
  bodyKey: z.string().nullable(),
  agencyKind: ReportModelSchema.shape.agencyKind,
  year: z.number().int().nullable(),
  template: ReportModelSchema.shape.template,
  auditedAt: z.string(),
  summary: Summary,
  tables: ReportModelSchema.shape.tables,
});
export type LibraryRecord = z.infer<typeof LibraryRecordSchema>;

export const LIBRARY_FILE_KIND = 'xxgk-library';
export const LIBRARY_FILE_VERSION = 1;

export const LibraryFileSchema = z.object({
  kind: z.literal(LIBRARY_FILE_KIND),
  version: z.literal(LIBRARY_FILE_VERSION),
  reports: z.array(LibraryRecordSchema),
});
export type LibraryFile = z.infer<typeof LibraryFileSchema>;

/** The record of an audited report: its model without sections, dates or page text. */
export function recordOf(model: ReportModel, source: string, bodyKey: string | null, auditedAt: string, summary: LibraryRecord['summary']): LibraryRecord {
  return {
    source, title: model.title, body: model.agency, bodyKey, agencyKind: model.agencyKind, year: model.year,
    template: model.template, auditedAt, summary, tables: model.tables,
  };
}

/** A kept report as last year's report for the across-years rules (they read its tables only). */
export function previousOf(record: LibraryRecord): PreviousReport {
  return {
    source: record.source,
    model: {
      isReport: true, title: record.title, agency: record.body, agencyKind: record.agencyKind, year: record.year,
      signedOn: null, publishedOn: null, sections: [], imageSections: [], tables: record.tables, template: record.template,
    },
  };
}
