// politeFetcher against a fake fetch: slots per host, timeouts, retries, status codes, size cap,
// cancelling. Nothing waits on the clock but the timeout cases, with a timeout of a few ms.
import { describe, expect, it } from 'vitest';
import { FetchError, fetchError, politeFetcher } from '../../../lib/batch/polite-fetch';

/** A request the fake fetch received, answered when the test says so. */
interface Call {
  url: string;
  signal: AbortSignal;
  answer: (res: Response) => void;
  fail: (e: unknown) => void;
}

/** A fetch that records every call and how many are in flight per host, and answers on demand. */
function fakeFetch() {
  const calls: Call[] = [];
  const inFlight = new Map<string, number>();
  const maxInFlight = new Map<string, number>();
  const waiters: (() => void)[] = [];
  const fetch: typeof globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const host = new URL(url).hostname;
    const now = (inFlight.get(host) ?? 0) + 1;
    inFlight.set(host, now);
    maxInFlight.set(host, Math.max(now, maxInFlight.get(host) ?? 0));
    const done = () => inFlight.set(host, inFlight.get(host)! - 1);
    return new Promise<Response>((resolve, reject) => {
      const signal = init!.signal!;
      // As a real fetch does: an abort rejects the request.
      signal.addEventListener('abort', () => {
        done();
        reject(new DOMException('aborted', 'AbortError'));
      }, { once: true });
      calls.push({ url, signal, answer: (res) => { done(); resolve(res); }, fail: (e) => { done(); reject(e); } });
      waiters.splice(0).forEach((w) => w());
    });
  }) as typeof globalThis.fetch;
  /** Resolves once `n` calls have been made in all. */
  const calledTimes = (n: number) => new Promise<void>((resolve) => {
    const check = () => (calls.length >= n ? resolve() : waiters.push(check));
    check();
  });
  return { fetch, calls, inFlight, maxInFlight, calledTimes };
}

const page = (body: string, init: ResponseInit = {}) => new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' }, ...init });

describe('politeFetcher', () => {
  it('returns the bytes, the content type and the URL', async () => {
    const fake = fakeFetch();
    const get = politeFetcher({ fetch: fake.fetch, lang: 'zh' });
    const got = get('http://www.a.gov.cn/nb/1.html');
    await fake.calledTimes(1);
    fake.calls[0]!.answer(page('<p>年度报告</p>'));
    const { bytes, contentType, url } = await got;
    expect(new TextDecoder().decode(bytes)).toBe('<p>年度报告</p>');
    expect(contentType).toBe('text/html; charset=utf-8');
    expect(url).toBe('http://www.a.gov.cn/nb/1.html');
  });

  it('has at most 2 requests at once to one host, and never holds back another host', async () => {
    const fake = fakeFetch();
    const get = politeFetcher({ fetch: fake.fetch, lang: 'zh' });
    const a = Array.from({ length: 6 }, (_, i) => get(`http://www.a.gov.cn/nb/${i}.html`));
    const b = Array.from({ length: 2 }, (_, i) => get(`http://www.b.gov.cn/nb/${i}.html`));
    await fake.calledTimes(4);
    expect(fake.inFlight.get('www.a.gov.cn')).toBe(2);
    expect(fake.inFlight.get('www.b.gov.cn')).toBe(2);
    // Host b is answered while host a's first two hang; then a's requests go through two by two.
    for (const c of fake.calls.filter((c) => c.url.includes('.b.'))) c.answer(page('b'));
    await Promise.all(b);
    for (let answered = 0; answered < 6; answered++) {
      await fake.calledTimes(4 + Math.min(answered + 2, 6) - 2);
      const next = fake.calls.filter((c) => c.url.includes('.a.'))[answered]!;
      next.answer(page(next.url));
    }
    const bodies = (await Promise.all(a)).map((r) => new TextDecoder().decode(r.bytes));
    expect(bodies).toEqual(Array.from({ length: 6 }, (_, i) => `http://www.a.gov.cn/nb/${i}.html`));
    expect(fake.maxInFlight.get('www.a.gov.cn')).toBe(2);
    expect(fake.calls.filter((c) => c.url.includes('.a.')).map((c) => c.url)).toEqual(bodies);
  });

  it('takes perHost as the number of slots', async () => {
    const fake = fakeFetch();
    const get = politeFetcher({ fetch: fake.fetch, perHost: 3, lang: 'zh' });
    const all = Array.from({ length: 5 }, (_, i) => get(`http://www.a.gov.cn/${i}`));
    await fake.calledTimes(3);
    expect(fake.inFlight.get('www.a.gov.cn')).toBe(3);
    for (let i = 0; i < 5; i++) {
      await fake.calledTimes(Math.min(i + 3, 5));
      fake.calls[i]!.answer(page('x'));
    }
    await Promise.all(all);
    expect(fake.maxInFlight.get('www.a.gov.cn')).toBe(3);
  });

  it('times out a request that never answers, retries it once, then fails with timeout', async () => {
    const fake = fakeFetch();
    const get = politeFetcher({ fetch: fake.fetch, timeoutMs: 5, lang: 'en' });
    const err = await get('http://slow.gov.cn/nb/').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).code).toBe('timeout');
    expect((err as FetchError).message).toBe('no answer within 0.005 s');
    expect(fake.calls).toHaveLength(2);
    expect(fake.calls.every((c) => c.signal.aborted)).toBe(true);
  });

  it('times out a fetch that ignores its signal too', async () => {
    let calls = 0;
    const never = (() => {
      calls++;
      return new Promise<Response>(() => {});
    }) as typeof fetch;
    const err = await politeFetcher({ fetch: never, timeoutMs: 5, lang: 'zh' })('http://slow.gov.cn/').catch((e: unknown) => e);
    expect((err as FetchError).code).toBe('timeout');
    expect((err as FetchError).message).toBe('0.005 秒内没有响应');
    expect(calls).toBe(2);
  });

  it('frees the slot of a request that timed out', async () => {
    const fake = fakeFetch();
    const get = politeFetcher({ fetch: fake.fetch, perHost: 1, timeoutMs: 5, retries: 0, lang: 'zh' });
    const first = get('http://slow.gov.cn/1').catch((e: unknown) => e);
    const second = get('http://slow.gov.cn/2');
    expect(((await first) as FetchError).code).toBe('timeout');
    await fake.calledTimes(2);
    fake.calls[1]!.answer(page('2'));
    expect((await second).url).toBe('http://slow.gov.cn/2');
  });

  it.each([404, 410])('answers %i with not-found, without a retry', async (status) => {
    let calls = 0;
    const gone = (async () => {
      calls++;
      return page('gone', { status });
    }) as typeof fetch;
    const err = await politeFetcher({ fetch: gone, lang: 'zh' })('http://www.a.gov.cn/x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).code).toBe('not-found');
    expect((err as FetchError).message).toBe(`网页不存在（服务器返回 ${status}）`);
    expect(calls).toBe(1);
  });

  it('answers another 4xx with http, without a retry', async () => {
    let calls = 0;
    const forbidden = (async () => {
      calls++;
      return page('no', { status: 403 });
    }) as typeof fetch;
    const err = await politeFetcher({ fetch: forbidden, lang: 'en' })('http://www.a.gov.cn/x').catch((e: unknown) => e);
    expect([(err as FetchError).code, (err as FetchError).message, calls]).toEqual(['http', 'the server answered 403', 1]);
  });

  it('retries a 503 once and returns the second answer', async () => {
    const statuses = [503, 200];
    let calls = 0;
    const flaky = (async () => page('ok', { status: statuses[calls++] })) as typeof fetch;
    const got = await politeFetcher({ fetch: flaky, lang: 'zh' })('http://www.a.gov.cn/x');
    expect(new TextDecoder().decode(got.bytes)).toBe('ok');
    expect(calls).toBe(2);
  });

  it('fails with http after a 5xx twice', async () => {
    let calls = 0;
    const down = (async () => {
      calls++;
      return page('down', { status: 502 });
    }) as typeof fetch;
    const err = await politeFetcher({ fetch: down, lang: 'zh' })('http://www.a.gov.cn/x').catch((e: unknown) => e);
    expect([(err as FetchError).code, (err as FetchError).message, calls]).toEqual(['http', '服务器返回 502', 2]);
  });

  it('retries a network error once, then fails with network and the cause', async () => {
    let calls = 0;
    const refused = (async () => {
      calls++;
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    }) as typeof fetch;
    const err = await politeFetcher({ fetch: refused, lang: 'en' })('http://www.a.gov.cn/x').catch((e: unknown) => e);
    expect([(err as FetchError).code, (err as FetchError).message, calls]).toEqual(['network', 'network error (ECONNREFUSED)', 2]);
  });

  it('does as many retries as it is told', async () => {
    let calls = 0;
    const refused = (async () => {
      calls++;
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await politeFetcher({ fetch: refused, retries: 0, lang: 'en' })('http://www.a.gov.cn/x').catch(() => {});
    expect(calls).toBe(1);
  });

  it('refuses a page over the size cap, by its declared length or as it streams', async () => {
    const declared = (async () => page('x'.repeat(10), { headers: { 'content-length': '2000' } })) as typeof fetch;
    const streamed = (async () => page('x'.repeat(2000))) as typeof fetch;
    for (const f of [declared, streamed]) {
      const err = await politeFetcher({ fetch: f, maxBytes: 1000, lang: 'zh' })('http://www.a.gov.cn/x').catch((e: unknown) => e);
      expect((err as FetchError).code).toBe('too-large');
    }
    const fits = await politeFetcher({ fetch: streamed, maxBytes: 2000, lang: 'zh' })('http://www.a.gov.cn/x');
    expect(fits.bytes.byteLength).toBe(2000);
  });

  it('refuses an address that is not http(s)', async () => {
    const get = politeFetcher({ fetch: fakeFetch().fetch, lang: 'en' });
    for (const url of ['ftp://www.a.gov.cn/x', 'not a url']) {
      const err = await get(url).catch((e: unknown) => e);
      expect([(err as FetchError).code, (err as FetchError).message]).toEqual(['unsupported', `unsupported address: ${url}`]);
    }
  });

  it('stops at once when cancelled, in flight or waiting for a slot, without retrying', async () => {
    const fake = fakeFetch();
    const get = politeFetcher({ fetch: fake.fetch, perHost: 1, lang: 'zh' });
    const cancel = new AbortController();
    const inFlight = get('http://www.a.gov.cn/1', cancel.signal).catch((e: unknown) => e);
    const waiting = get('http://www.a.gov.cn/2', cancel.signal).catch((e: unknown) => e);
    const other = get('http://www.a.gov.cn/3');
    await fake.calledTimes(1);
    cancel.abort();
    for (const e of [await inFlight, await waiting]) expect((e as DOMException).name).toBe('AbortError');
    // The cancelled requests gave their slot back: the third one runs.
    await fake.calledTimes(2);
    expect(fake.calls.map((c) => c.url)).toEqual(['http://www.a.gov.cn/1', 'http://www.a.gov.cn/3']);
    fake.calls[1]!.answer(page('3'));
    expect((await other).url).toBe('http://www.a.gov.cn/3');
    await expect(get('http://www.a.gov.cn/4', cancel.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('words every code in both languages', () => {
    expect(fetchError('empty', 'zh').message).toBe('网页为空');
    expect(fetchError('not-html', 'en').message).toBe('not an HTML page');
    expect(fetchError('binary', 'en')).toMatchObject({ code: 'binary', name: 'FetchError' });
  });
});
