// The first step of the command line: one input, a saved file or a URL, as bytes with the
// content type the server gave (files have none) and the URL it was read from.
import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { format } from '../i18n/lang';
import type { Lang } from '../i18n/lang';
import { InputError } from './input-error';
import { cliText } from './messages';

export interface FetchedInput {
  bytes: Uint8Array;
  contentType: string | null;
  url: string;
}

/** Reads a URL (lib/batch/polite-fetch.ts); fails with a coded FetchError. */
export type UrlReader = (url: string, signal?: AbortSignal) => Promise<FetchedInput>;

/** No saved report is this big; a file over it is refused rather than read into memory. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

async function readSavedFile(path: string, lang: Lang): Promise<FetchedInput> {
  try {
    const info = await stat(path);
    if (info.size > MAX_FILE_BYTES) throw new InputError('too-large', format(cliText('tooLarge', lang), { mb: MAX_FILE_BYTES / 1024 / 1024 }));
    return { bytes: new Uint8Array(await readFile(path)), contentType: null, url: pathToFileURL(path).href };
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError('not-found', cliText('notFound', lang));
    throw new InputError('not-found', format(cliText('cannotOpen', lang), { detail: code ?? String(e) }));
  }
}

export function fetchInput(input: string, lang: Lang, readUrl: UrlReader): Promise<FetchedInput> {
  return isUrl(input) ? readUrl(input) : readSavedFile(input, lang);
}

