// The first step of the command line: one input, a saved file or a URL, as bytes with the
// content type the server gave (files have none) and the URL it was read from.
import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { format } from '../i18n/lang';
import type { Lang } from '../i18n/lang';
import { cliText } from './messages';

/** An input that could not be read, with the reason in the user's language. */
export class InputError extends Error {}

export interface FetchedInput {
  bytes: Uint8Array;
  contentType: string | null;
  url: string;
}

const FETCH_TIMEOUT_MS = 30_000;

export async function fetchInput(input: string, lang: Lang): Promise<FetchedInput> {
  if (/^https?:\/\//i.test(input)) {
    let res: Response;
    try {
      res = await fetch(input, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
    } catch (e) {
      const detail = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message;
      throw new InputError(format(cliText('network', lang), { detail }));
    }
    if (!res.ok) throw new InputError(format(cliText('http', lang), { status: res.status }));
    return { bytes: new Uint8Array(await res.arrayBuffer()), contentType: res.headers.get('content-type'), url: res.url || input };
  }
  try {
    if ((await stat(input)).isDirectory()) throw new InputError(cliText('isDir', lang));
    return { bytes: new Uint8Array(await readFile(input)), contentType: null, url: pathToFileURL(input).href };
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as { code?: string }).code;
    throw new InputError(code === 'ENOENT' ? cliText('notFound', lang) : e instanceof Error ? e.message : String(e));
  }
}
