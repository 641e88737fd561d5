// One audited report as the library keeps it: where it came from, whose and which year it is, its
// counts, and the values of its tables (the report model's tables; not the page, not its prose).
// Read back from IndexedDB or an imported file only through these schemas.
import { z } from 'zod';
import { ReportModelSchema } from '../../lib/result/model-schema';
import type { ReportModel } from '../../lib/model';
import type { PreviousReport } from '../../lib/rule-kit/types';
import { bodyKey } from '../../lib/years/body';

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
  /** Version 2: how the report came in — a page the auditor opened, or one report of a batch. */
  via: z.enum(['page', 'batch']),
  /** Version 2: what it was read from. */
  format: z.enum(['html', 'pdf', 'docx']),
});
export type LibraryRecord = z.infer<typeof LibraryRecordSchema>;
export type RecordOrigin = Pick<LibraryRecord, 'via' | 'format'>;
export type RecordFormat = LibraryRecord['format'];

export const LIBRARY_FILE_KIND = 'xxgk-library';
export const LIBRARY_FILE_VERSION = 2;

/**
 * A record as version 1 kept it (no `via`, no `format`), brought to the current version: version 1
 * only ever kept pages the auditor opened, and its body key is recomputed by today's normaliser so
 * that a kept report is still found as last year's. Anything else passes through untouched (the
 * record schema then judges it).
 */
export function migrateRecord(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const r = raw as Record<string, unknown>;
  if ('via' in r && 'format' in r) return raw;
  const body = typeof r.body === 'string' ? r.body : null;
  return { ...r, via: 'page', format: 'html', bodyKey: bodyKey({ agency: body }) };
}

/** A library file of this version or of version 1 (its records migrated). */
export const LibraryFileSchema = z.object({
  kind: z.literal(LIBRARY_FILE_KIND),
  version: z.union([z.literal(1), z.literal(LIBRARY_FILE_VERSION)]),
  reports: z.array(z.preprocess(migrateRecord, LibraryRecordSchema)),
}).transform((f) => ({ ...f, version: LIBRARY_FILE_VERSION }));
export type LibraryFile = z.output<typeof LibraryFileSchema>;

/** The record of an audited report: its model without sections, dates or page text. */
export function recordOf(model: ReportModel, source: string, auditedAt: string, summary: LibraryRecord['summary'], origin: RecordOrigin): LibraryRecord {
  return {
    source, title: model.title, body: model.agency, bodyKey: bodyKey(model), agencyKind: model.agencyKind, year: model.year,
    template: model.template, auditedAt, summary, tables: model.tables, ...origin,
  };
}

/** A kept report as last year's report for the across-years rules (they read its tables only). */
export function previousOf(record: LibraryRecord): PreviousReport {
  return {
    source: record.source,
    model: {
      isReport: true, title: record.title, agency: record.body, agencyKind: record.agencyKind, year: record.year,
      signedOn: null, publishedOn: null, sections: [], imageSections: [], cutTables: [], tables: record.tables, template: record.template,
    },
  };
}
