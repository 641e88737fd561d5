// The report model's schema: what the parsers make of a report, whatever its source, and what
// the rules read. Plain data (no page elements), so it can be stored, sent and read back.
import { z } from 'zod';
import type { CellValue } from '../text/cell-value';
import { SectionKeySchema, TableKeySchema } from './address-schema';

const CellValueSchema = z.object({
  cls: z.enum(['number', 'empty', 'placeholder', 'malformed', 'text']),
  value: z.number().nullable(),
  text: z.string(),
  unit: z.string().nullable(),
  decimals: z.number().int().nonnegative(),
}) satisfies z.ZodType<CellValue>;

export const ModelCellSchema = z.object({
  table: TableKeySchema,
  block: z.string().nullable(),
  row: z.string(),
  column: z.string(),
  value: CellValueSchema,
  /** The value converted to the column's unit when the cell wrote another one (251000元 in 万元). */
  converted: z.number().nullable(),
  /** The page's own words for the row and the column. */
  rowLabel: z.string(),
  columnLabel: z.string(),
  /** Unit printed in the column header (万元), if any. */
  columnUnit: z.string().nullable(),
});

export const LabelVariantSchema = z.object({
  kind: z.enum(['row', 'column']),
  table: TableKeySchema,
  block: z.string().nullable(),
  row: z.string().nullable(),
  column: z.string().nullable(),
  page: z.string(),
  template: z.string(),
});

const TemplateIdSchema = z.enum(['2019', '2021']);

export const ParsedTableSchema = z.object({
  key: TableKeySchema,
  /** The template whose labels this table carries, when it tells (appeals never does). */
  template: TemplateIdSchema.nullable(),
  /** How many physical tables make up this logical table (more than one: split). */
  parts: z.number().int().nonnegative(),
  /** By cellKey(table, block, row, column), in the order the page gives them. */
  cells: z.record(z.string(), ModelCellSchema),
  /** Blocks (proactive), rows and columns that the template has and the page does not. */
  missingBlocks: z.array(z.string()),
  missingRows: z.array(z.object({ block: z.string().nullable(), row: z.string() })),
  missingColumns: z.array(z.object({ block: z.string().nullable(), row: z.string().nullable(), column: z.string() })),
  /** Rows the template does not have, that hold values (address: `extra-row` by index). */
  unexpectedRows: z.array(z.object({ block: z.string().nullable(), label: z.string() })),
  variants: z.array(LabelVariantSchema),
});

export const SectionHitSchema = z.object({
  key: SectionKeySchema,
  /** The heading's ordinal value, null when it has none. */
  ordinal: z.number().int().nullable(),
  text: z.string(),
  /** Matched only through a variant or keywords (`label-variant`). */
  variant: z.boolean(),
  /** The section's text, heading excluded, up to the next section or the end of the report. */
  body: z.string(),
  /** Where each of the body's lines starts in `body` (lines are joined by one newline): the prose
   *  rules' places (address `text`) name a line by its index here. */
  lines: z.array(z.number().int().nonnegative()),
});

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ReportModelSchema = z.object({
  isReport: z.boolean(),
  title: z.string().nullable(),
  agency: z.string().nullable(),
  agencyKind: z.enum(['government', 'department', 'unknown']),
  year: z.number().int().nullable(),
  signedOn: IsoDate.nullable(),
  publishedOn: IsoDate.nullable(),
  sections: z.array(SectionHitSchema),
  /** Sections that hold an image (address `image`: its first one): a table may be published as one. */
  imageSections: z.array(SectionKeySchema),
  /** Tables whose part (1-based) the file cut at the page's right edge: the columns beyond it are
   *  not in the file (`table-cut`). */
  cutTables: z.array(z.object({ table: TableKeySchema, part: z.number().int().positive() })),
  tables: z.object({ proactive: ParsedTableSchema.optional(), requests: ParsedTableSchema.optional(), appeals: ParsedTableSchema.optional() }),
  template: z.enum(['2019', '2021', 'mixed', 'unknown']),
});
