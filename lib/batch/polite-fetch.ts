// Fetching a batch's pages the way a well-behaved crawler does: a few requests at once per host
// (others never wait for a slow one), a timeout on every request, one retry when the network or
// the server failed, a size cap. Plain fetch and AbortSignal only: it runs in an extension page too.
import type { Lang } from '../i18n/lang';
import { fetchErrorMessage } from './messages';

export type FetchErrorCode = 'not-found' | 'http' | 'network' | 'timeout' | 'empty' | 'binary' | 'not-html' | 'unsupported' | 'too-large';

/** A page that could not be read: why (a code), and a message in the user's language. */
export class FetchError extends Error {
  constructor(readonly code: FetchErrorCode, message: string) {
    super(message);
    this.name = 'FetchError';
  }
}

/** A FetchError with its message in the user's language (see messages.ts for each code's placeholders). */
export function fetchError(code: FetchErrorCode, lang: Lang, params: Readonly<Record<string, string | number>> = {}): FetchError {
  return new FetchError(code, fetchErrorMessage(code, lang, params));
}

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  /** The URL the page came from, after redirects. */
  url: string;
}

export interface PoliteFetchOptions {
  fetch?: typeof fetch;
  /** Requests at once to one host (2). */
  perHost?: number;
  /** Per attempt, reading the body included (20 s). */
  timeoutMs?: number;
  /** Further attempts after a network error, a timeout or a 5xx (1). */
  retries?: number;
  /** Larger pages are refused (50 MB). */
  maxBytes?: number;
  lang: Lang;
}

/** A failed attempt, and whether another attempt may succeed. */
class Failure {
  constructor(readonly error: FetchError, readonly retry: boolean) {}
}

/** Slots per host: at most `size` holders at once, the others served in the order they asked. */
class HostSlots {
  readonly #size: number;
  readonly #hosts = new Map<string, { busy: number; waiting: (() => void)[] }>();

  constructor(size: number) {
    this.#size = Math.max(1, size);
  }

  /** Resolves with the slot's release once one is free; rejects if the signal aborts first. */
  acquire(host: string, signal?: AbortSignal): Promise<() => void> {
    let state = this.#hosts.get(host);
    if (!state) this.#hosts.set(host, (state = { busy: 0, waiting: [] }));
    const slot = state;
    const release = () => {
      const next = slot.waiting.shift();
      if (next) next();
      else if (--slot.busy === 0) this.#hosts.delete(host);
    };
    if (slot.busy < this.#size) {
      slot.busy++;
      return Promise.resolve(release);
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        slot.waiting.splice(slot.waiting.indexOf(grant), 1);
        reject(signal!.reason);
      };
      // A freed slot passes straight to the next in line: `busy` stays as it is.
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(release);
      };
      slot.waiting.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}

/** The promise, or a rejection as soon as the signal aborts (for a fetch that ignores its signal). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  promise.catch(() => {}); // Its own failure after an abort is nobody's concern.
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function readBody(res: Response, maxBytes: number, tooLarge: () => Failure): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    void res.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

function networkDetail(e: unknown): string {
  const cause = (e as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof cause === 'string' ? cause : e instanceof Error ? e.message : String(e);
}

export function politeFetcher(opts: PoliteFetchOptions): (url: string, signal?: AbortSignal) => Promise<Fetched> {
  const doFetch = opts.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const retries = opts.retries ?? 1;
  const maxBytes = opts.maxBytes ?? 50 * 1024 * 1024;
  const { lang } = opts;
  const slots = new HostSlots(opts.perHost ?? 2);
  const tooLarge = () => new Failure(fetchError('too-large', lang, { limit: Math.round((maxBytes / 1024 / 1024) * 100) / 100 }), false);

  async function attempt(url: string, signal?: AbortSignal): Promise<Fetched> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const res = await untilAborted(doFetch(url, { signal: controller.signal, redirect: 'follow' }), controller.signal);
      if (!res.ok) {
        void res.body?.cancel().catch(() => {});
        const status = res.status;
        if (status === 404 || status === 410) throw new Failure(fetchError('not-found', lang, { status }), false);
        throw new Failure(fetchError('http', lang, { status }), status >= 500);
      }
      const bytes = await untilAborted(readBody(res, maxBytes, tooLarge), controller.signal);
      return { bytes, contentType: res.headers.get('content-type'), url: res.url || url };
    } catch (e) {
      if (e instanceof Failure) throw e;
      if (signal?.aborted) throw signal.reason;
      if (timedOut) throw new Failure(fetchError('timeout', lang, { seconds: timeoutMs / 1000 }), true);
      throw new Failure(fetchError('network', lang, { detail: networkDetail(e) }), true);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return async (url, signal) => {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      // Reported below as an unsupported address.
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol)) throw fetchError('unsupported', lang, { url });
    signal?.throwIfAborted();
    const release = await slots.acquire(parsed.hostname, signal);
    try {
      for (let n = 0; ; n++) {
        try {
          return await attempt(url, signal);
        } catch (e) {
          if (!(e instanceof Failure)) throw e;
          if (!e.retry || n >= retries) throw e.error;
        }
      }
    } finally {
      release();
    }
  };
}
