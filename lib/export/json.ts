// JSON: the audit result exactly as result-format.md defines it, plus the auditor's dismissals.
import { z } from 'zod';
import { DismissalSchema } from '../result/dismissal';
import { AuditResultSchema } from '../result/schema';
import type { ExportInput } from './input';

/** What the JSON export holds, for whoever reads it back. */
export const ExportedResultSchema = AuditResultSchema.extend({ dismissals: z.array(DismissalSchema) });
export type ExportedResult = z.infer<typeof ExportedResultSchema>;

/** Throws (ZodError) when the result or a dismissal does not match the schema. */
export function toJson(input: ExportInput): string {
  const result = AuditResultSchema.parse(input.result);
  const dismissals = z.array(DismissalSchema).parse(input.dismissals);
  const exported: ExportedResult = { ...result, dismissals };
  return `${JSON.stringify(exported, null, 2)}\n`;
}
