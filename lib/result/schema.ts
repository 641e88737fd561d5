// The audit result shared by the engine, the popup, the exports and the command line
// (shared/spec/result-format.md). Validated wherever it crosses a boundary.
import { z } from 'zod';
import { SectionKeySchema as SectionKey, TableKeySchema as TableKey } from './address-schema';
import { SEVERITIES } from './severity';
import { SCHEMA_VERSION } from './version';


const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const CellRefSchema = z.object({
  table: TableKey,
  block: z.string().nullable(),
  row: z.string(),
  column: z.string(),
  text: z.string(),
  role: z.enum(['total', 'part', 'value', 'blocking']),
  /** Only on last year's cells of an across-years finding: the year of the report they stand in. */
  year: z.number().int().optional(),
});

/** The report an across-years finding compares with. */
const PreviousSchema = z.object({ source: z.string(), title: z.string().nullable(), year: z.number().int() });

export const FindingSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{8}$/),
  rule: z.string().min(1),
  severity: z.enum(SEVERITIES),
  status: z.enum(['fail', 'review']),
  section: SectionKey.nullable(),
  table: TableKey.nullable(),
  block: z.string().nullable(),
  row: z.string().nullable(),
  column: z.string().nullable(),
  expected: z.number().nullable(),
  actual: z.number().nullable(),
  message: z.string().min(1),
  cells: z.array(CellRefSchema),
  /** Wave 2: the sentence of the prose a text-* finding rests on, as written, and its section. */
  quote: z.object({ text: z.string(), section: SectionKey }).optional(),
  previous: PreviousSchema.optional(),
});

export const ReportSummarySchema = z.object({
  isReport: z.boolean(),
  title: z.string().nullable(),
  agency: z.string().nullable(),
  year: z.number().int().nullable(),
  template: z.enum(['2019', '2021', 'mixed', 'unknown']),
  signedOn: IsoDate.nullable(),
  publishedOn: IsoDate.nullable(),
  sections: z.array(SectionKey),
  tables: z.array(TableKey),
});

export const AuditResultSchema = z.object({
  schema: z.literal(SCHEMA_VERSION),
  engine: z.string(),
  source: z.string(),
  auditedAt: z.string().datetime(),
  report: ReportSummarySchema,
  findings: z.array(FindingSchema),
  checks: z.array(z.object({
    rule: z.string(), checked: z.number().int().nonnegative(), failed: z.number().int().nonnegative(), review: z.number().int().nonnegative(),
    /** The rule did not run: what it needs is not known (last year's report), or the report is in
     *  the 2008 regulations' format, which the 2019/2021 templates do not apply to. Never a pass. */
    notRun: z.enum(['needs-previous', 'old-format']).optional(),
  })),
  summary: z.object({ error: z.number().int().nonnegative(), warning: z.number().int().nonnegative(), info: z.number().int().nonnegative() }),
  timing: z.object({ totalMs: z.number().nonnegative() }),
});

export type Finding = z.infer<typeof FindingSchema>;
export type ReportSummary = z.infer<typeof ReportSummarySchema>;
export type AuditResult = z.infer<typeof AuditResultSchema>;
