// One entry of a batch (the command line's --json array, the dashboard's JSON export): a report's
// audit result, or, for an input that could not be read or parsed, its source and why. Plain
// types here (the command line starts without zod); the schema is batch-entry-schema.ts.
import type { AuditResult } from '../result/schema';

export const ENTRY_ERROR_CODES = [
  'not-found', 'http', 'network', 'timeout', 'empty', 'binary', 'not-html', 'unsupported', 'too-large',
] as const;
export type EntryErrorCode = (typeof ENTRY_ERROR_CODES)[number];

export interface ErrorEntry {
  source: string;
  error: { code: EntryErrorCode; message: string };
}

export type BatchEntry = AuditResult | ErrorEntry;

export function isErrorEntry(entry: BatchEntry): entry is ErrorEntry {
  return 'error' in entry;
}
