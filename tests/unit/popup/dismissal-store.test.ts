// Dismissals as the page's auditor keeps them (components/auditor/dismissals.ts) in WXT's
// fakeBrowser: the note's round trip through the dismiss message and storage, and the merge of an
// imported file (unknown findings ignored and counted, the later decision winning).
import type * as Store from '../../../components/auditor/dismissals';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readToPage } from '../../../components/shared/page-guards';
import { ToPageSchema } from '../../../components/shared/protocol';
import { dismissalText } from '../../../lib/export/input';

// The page-side scripts reach the API through `chrome` (components/shared/page-api.ts).
(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser;
let store: typeof Store;
beforeAll(async () => {
  store = await import('../../../components/auditor/dismissals');
});
beforeEach(() => fakeBrowser.reset());

const URL_ = 'https://www.fenglin.gov.cn/xxgk/ndbg/t1.html';
const AT = (d: number) => `2026-11-${String(d).padStart(2, '0')}T08:00:00.000Z`;

describe('a note with a dismissal', () => {
  it('goes from the dismiss message through storage to the exports', async () => {
    const msg = readToPage({ type: 'dismiss', id: '0000000a', reason: 'follow-up', note: '  请办公室核实  ', extra: 1 });
    expect(msg).toEqual({ type: 'dismiss', id: '0000000a', reason: 'follow-up', note: '  请办公室核实  ' });
    expect(ToPageSchema.parse(msg)).toEqual(msg);
    if (msg?.type !== 'dismiss') throw new Error('not a dismiss');
    await store.dismiss(`${URL_}#t3`, msg.id, msg.reason, msg.note, new Date(AT(23)));
    const back = await store.loadDismissals(URL_);
    expect(back).toEqual([{ findingId: '0000000a', reason: 'follow-up', at: AT(23), note: '请办公室核实' }]);
    expect(dismissalText(back[0]!, 'zh')).toBe('待跟进（2026-11-23）：请办公室核实');
    expect(dismissalText(back[0]!, 'en')).toBe('Follow up (2026-11-23): 请办公室核实');
  });

  it('is left out when empty, and a note too long or not text refuses the message', async () => {
    await store.dismiss(URL_, '0000000a', 'accepted', '   ', new Date(AT(23)));
    expect(await store.loadDismissals(URL_)).toEqual([{ findingId: '0000000a', reason: 'accepted', at: AT(23) }]);
    expect(readToPage({ type: 'dismiss', id: '0000000a', reason: 'accepted', note: 'x'.repeat(501) })).toBeNull();
    expect(readToPage({ type: 'dismiss', id: '0000000a', reason: 'accepted', note: 5 })).toBeNull();
    expect(ToPageSchema.safeParse({ type: 'dismiss', id: '0000000a', reason: 'accepted', note: 'x'.repeat(501) }).success).toBe(false);
  });

  it('drops stored entries whose note is malformed, keeps the rest', async () => {
    await fakeBrowser.storage.local.set({
      [store.pageKey(URL_)]: [
        { findingId: '0000000a', reason: 'accepted', at: AT(1), note: 'ok' },
        { findingId: '0000000b', reason: 'accepted', at: AT(1), note: { html: '<b>' } },
      ],
    });
    expect(await store.loadDismissals(URL_)).toEqual([{ findingId: '0000000a', reason: 'accepted', at: AT(1), note: 'ok' }]);
  });
});

describe('importing dismissals', () => {
  it('merges those of findings on the page, counts the others, the later decision wins', async () => {
    await store.dismiss(URL_, '0000000a', 'accepted', 'mine, older', new Date(AT(1)));
    await store.dismiss(URL_, '0000000b', 'accepted', 'mine, newer', new Date(AT(20)));
    const got = await store.importDismissals(URL_, [
      { findingId: '0000000a', reason: 'follow-up', at: AT(10), note: 'theirs, newer' },
      { findingId: '0000000b', reason: 'not-a-defect', at: AT(10), note: 'theirs, older' },
      { findingId: '0000000c', reason: 'not-a-defect', at: AT(10) },
      { findingId: 'ffffffff', reason: 'not-a-defect', at: AT(10) },
    ], new Set(['0000000a', '0000000b', '0000000c']));
    expect({ applied: got.applied, ignored: got.ignored }).toEqual({ applied: 3, ignored: 1 });
    const notes = Object.fromEntries((await store.loadDismissals(URL_)).map((d) => [d.findingId, d.note ?? d.reason]));
    expect(notes).toEqual({ '0000000a': 'theirs, newer', '0000000b': 'mine, newer', '0000000c': 'not-a-defect' });
  });

  it('the page refuses an import message with any malformed entry, whole', () => {
    const ok = { findingId: '0000000a', reason: 'accepted', at: AT(1) };
    expect(readToPage({ type: 'import-dismissals', dismissals: [ok] })).toEqual({ type: 'import-dismissals', dismissals: [ok] });
    expect(readToPage({ type: 'import-dismissals', dismissals: [ok, { ...ok, reason: 'x' }] })).toBeNull();
    expect(readToPage({ type: 'import-dismissals', dismissals: 'all' })).toBeNull();
    expect(readToPage({ type: 'step-finding', delta: 1 })).toEqual({ type: 'step-finding', delta: 1 });
    expect(readToPage({ type: 'step-finding', delta: 2 })).toBeNull();
  });
});
