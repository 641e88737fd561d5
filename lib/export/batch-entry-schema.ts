// The schema of a batch entry (batch-entry.ts), for validating a batch read back from a file.
import { z } from 'zod';
import { AuditResultSchema } from '../result/schema';
import type { ErrorEntry } from './batch-entry';
import { ENTRY_ERROR_CODES } from './batch-entry';

export const ErrorEntrySchema: z.ZodType<ErrorEntry> = z.object({
  source: z.string(),
  error: z.object({ code: z.enum(ENTRY_ERROR_CODES), message: z.string() }),
});

export const BatchEntrySchema = z.union([ErrorEntrySchema, AuditResultSchema]);
