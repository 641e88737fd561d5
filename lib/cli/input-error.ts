// Why an input could not be read: one of the codes of result-format.md and a message in the
// user's language. The batch fetcher's FetchError has the same shape.
import type { EntryErrorCode, ErrorEntry } from '../export/batch-entry';
import { ENTRY_ERROR_CODES } from '../export/batch-entry';

export class InputError extends Error {
  constructor(readonly code: EntryErrorCode, message: string) {
    super(message);
  }
}

function isCoded(e: unknown): e is { code: EntryErrorCode; message: string } {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (ENTRY_ERROR_CODES as readonly string[]).includes(code)
    && typeof (e as { message?: unknown }).message === 'string';
}

/** The error entry for an input that failed with `e`. Anything not coded is a bug, not a bad input. */
export function errorEntry(source: string, e: unknown): ErrorEntry {
  if (!isCoded(e)) throw e;
  return { source, error: { code: e.code, message: e.message } };
}
