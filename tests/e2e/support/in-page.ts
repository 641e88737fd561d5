// What the end-to-end tests ask of a marked page or viewer (run in the page) and of the command
// line beside it (run in the test, its requests sent to the loopback server).
import { runCli } from '../../../lib/cli/main';

/** Something of this finding is in the viewport: a cell of it, its badge, marker or pinned item. Runs in the page. */
export function inView(id: string): boolean {
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  };
  const has = (el: Element, a: string) => (el.getAttribute(a) ?? '').split(' ').includes(id);
  const root = document.querySelector('div[data-xxgk-ui]')!.shadowRoot!;
  return [...document.querySelectorAll('[data-xxgk-finding]')].some((el) => has(el, 'data-xxgk-finding') && visible(el))
    || [...root.querySelectorAll('[data-xxgk-badge]')].some((el) => has(el, 'data-xxgk-badge') && visible(el))
    || [...root.querySelectorAll<HTMLElement>('.xxgk-missing')].some((el) => el.dataset.ids!.split(' ').includes(id) && visible(el));
}

/** The command line run in-process on `argv`, every request it makes sent to 127.0.0.1:port (the
 *  names it asks for are the browser's, mapped there by --host-resolver-rules): its exit code and
 *  standard output. */
export async function cliOnLoopback(port: number, argv: string[]): Promise<{ code: number; out: string }> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
    const u = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    u.host = `127.0.0.1:${port}`;
    return realFetch(u, init);
  }) as typeof fetch;
  let out = '';
  try {
    const code = await runCli(argv, { out: (t) => { out += t; }, err: () => undefined });
    return { code, out };
  } finally {
    globalThis.fetch = realFetch;
  }
}
