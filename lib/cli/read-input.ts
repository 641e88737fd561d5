// Reads one command-line input, a saved file or a URL, into a parsed document.
import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { format } from '../i18n/lang';
import type { Lang } from '../i18n/lang';
import { decodePage, UnreadableInput } from './decode';
import { cliText } from './messages';

export class InputError extends Error {}

const FETCH_TIMEOUT_MS = 30_000;

function reason(e: unknown, lang: Lang): string {
  if (e instanceof UnreadableInput) return cliText(e.message === 'binary' ? 'binary' : e.message === 'not-html' ? 'notHtml' : 'empty', lang);
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return cliText('notFound', lang);
  if (code === 'EISDIR') return cliText('isDir', lang);
  return e instanceof Error ? e.message : String(e);
}

async function bytesOf(input: string, lang: Lang): Promise<{ bytes: Uint8Array; header: string | null; url: string }> {
  if (/^https?:\/\//i.test(input)) {
    let res: Response;
    try {
      res = await fetch(input, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
    } catch (e) {
      const detail = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message;
      throw new InputError(format(cliText('network', lang), { detail }));
    }
    if (!res.ok) throw new InputError(format(cliText('http', lang), { status: res.status }));
    return { bytes: new Uint8Array(await res.arrayBuffer()), header: res.headers.get('content-type'), url: res.url || input };
  }
  const info = await stat(input);
  if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
  return { bytes: new Uint8Array(await readFile(input)), header: null, url: pathToFileURL(input).href };
}

export async function readInput(input: string, lang: Lang): Promise<Document> {
  try {
    const { bytes, header, url } = await bytesOf(input, lang);
    const { text } = decodePage(bytes, header);
    // Scripts never run; the page's console is not ours to print.
    const dom = new JSDOM(text, { url, virtualConsole: new VirtualConsole() });
    return dom.window.document;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(reason(e, lang));
  }
}
