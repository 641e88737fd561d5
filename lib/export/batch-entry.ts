// One entry of a batch (the command line's --json array, the dashboard's JSON export): a report's
// audit result, or, for an input that could not be read or parsed, its source and why.
import { z } from 'zod';
import type { AuditResult } from '../result/schema';
import { AuditResultSchema } from '../result/schema';

export const ENTRY_ERROR_CODES = [
  'not-found', 'http', 'network', 'timeout', 'empty', 'binary', 'not-html', 'unsupported', 'too-large',
] as const;
export type EntryErrorCode = (typeof ENTRY_ERROR_CODES)[number];

export const ErrorEntrySchema = z.object({
  source: z.string(),
  error: z.object({ code: z.enum(ENTRY_ERROR_CODES), message: z.string() }),
});
export type ErrorEntry = z.infer<typeof ErrorEntrySchema>;

export const BatchEntrySchema = z.union([ErrorEntrySchema, AuditResultSchema]);
export type BatchEntry = AuditResult | ErrorEntry;

export function isErrorEntry(entry: BatchEntry): entry is ErrorEntry {
  return 'error' in entry;
}
