// Model addresses: where a thing stands in the report, in the template's keys — a cell, a row's or
// a column's label, a table, a section's heading, the title, a date, or where something missing
// belongs. Serialisable; each source maps them to its own places (an element, a page and box…).
// The schema only: the functions over addresses are in address.ts, which the engine loads without zod.
import { z } from 'zod';

export const SectionKeySchema = z.enum(['overview', 'proactive', 'requests', 'appeals', 'problems', 'other']);
export const TableKeySchema = z.enum(['proactive', 'requests', 'appeals']);

const block = z.string().nullable();

export const AddressSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cell'), table: TableKeySchema, block, row: z.string(), column: z.string() }),
  /** A row's label cell. */
  z.object({ kind: z.literal('row'), table: TableKeySchema, block, row: z.string() }),
  /** A column's header cell (appeals: `row` is the group). */
  z.object({ kind: z.literal('column'), table: TableKeySchema, block, row: z.string().nullable(), column: z.string() }),
  /** The label of the table's index-th row that the template does not have. */
  z.object({ kind: z.literal('extra-row'), table: TableKeySchema, index: z.number().int().nonnegative() }),
  /** One physical part of a table (a table split over several). */
  z.object({ kind: z.literal('table'), table: TableKeySchema, part: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('section'), section: SectionKeySchema }),
  /** The first image in a section. */
  z.object({ kind: z.literal('image'), section: SectionKeySchema }),
  /** Words in a section's prose: line `line` of its body (`SectionHit.lines`), characters
   *  `start`–`end` of that line, which read `text` (a stated number, as written). */
  z.object({
    kind: z.literal('text'), section: SectionKeySchema, line: z.number().int().nonnegative(),
    start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string(),
    /** Up to a dozen characters of the line before the words, to find them again in the page. */
    before: z.string(),
  }),
  z.object({ kind: z.literal('title') }),
  z.object({ kind: z.literal('date'), date: z.enum(['signed', 'published']) }),
  /** The first thing of the report: its title, else its first heading or table. */
  z.object({ kind: z.literal('top') }),
  /** The report as a whole. */
  z.object({ kind: z.literal('report') }),
  z.object({ kind: z.literal('missing-section'), section: SectionKeySchema }),
  z.object({ kind: z.literal('missing-table'), table: TableKeySchema }),
  z.object({ kind: z.literal('missing-block'), table: TableKeySchema, block: z.string() }),
  z.object({ kind: z.literal('missing-row'), table: TableKeySchema, block, row: z.string() }),
  z.object({ kind: z.literal('missing-column'), table: TableKeySchema, block, row: z.string().nullable(), column: z.string() }),
]);

export type Address = z.infer<typeof AddressSchema>;
export type CellAddress = Extract<Address, { kind: 'cell' }>;
