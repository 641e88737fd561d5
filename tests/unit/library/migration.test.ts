// The library kept by an earlier version (IndexedDB version 1, file version 1: records without
// `via` and `format`) is brought to version 2 when opened or imported, and last year's report kept
// then is still found: in the background, through WXT's fake browser, as the extension runs.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type * as Handlers from '../../../components/background/handlers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Library } from '../../../components/library/store';
import type { LibraryRecord } from '../../../components/library/schema';

// wxt/browser picks up the global API when it is first imported.
(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser;
let handlers: typeof Handlers;
beforeAll(async () => {
  handlers = await import('../../../components/background/handlers');
});

/** A record as version 1 wrote it; its body key as an older normaliser left it (with a space). */
const V1_RECORD = {
  source: 'http://a.gov.cn/2023.html', title: '某县 教育局2023年政府信息公开工作年度报告', body: '某县 教育局', bodyKey: '某县 教育局',
  agencyKind: 'department', year: 2023, template: '2021', auditedAt: '2024-02-01T00:00:00.000Z',
  summary: { error: 1, warning: 0, info: 2 }, tables: {},
};

/** The database as version 1 of the extension left it, in the given IndexedDB. */
async function writeVersion1(indexedDB: IDBFactory, rows: object[]): Promise<void> {
  const old = new Dexie('xxgk-library', { indexedDB, IDBKeyRange });
  old.version(1).stores({ reports: '&source, [bodyKey+year]' });
  await old.table('reports').bulkPut(rows);
  old.close();
}

describe('library migration from version 1', () => {
  it('opening a version 1 database gives every record its origin and today\'s body key', async () => {
    const idb = new IDBFactory();
    await writeVersion1(idb, [V1_RECORD, { ...V1_RECORD, source: 'http://a.gov.cn/2022.html', year: 2022 }]);
    const lib = new Library({ indexedDB: idb, IDBKeyRange });
    const all = await lib.list();
    expect(all).toHaveLength(2);
    for (const r of all) expect(r).toMatchObject({ via: 'page', format: 'html', bodyKey: '某县教育局' });
    expect((await lib.find('某县教育局', 2022))?.source).toBe('http://a.gov.cn/2022.html');
    lib.close();
  });

  it('a version 1 library file imports, migrated, and exports as version 2', async () => {
    const lib = new Library({ indexedDB: new IDBFactory(), IDBKeyRange });
    const file = { kind: 'xxgk-library', version: 1, reports: [V1_RECORD] };
    expect(await lib.importText(JSON.stringify(file))).toEqual({ ok: true, added: 1, replaced: 0 });
    const out = await lib.exportFile();
    expect(out.version).toBe(2);
    expect(out.reports[0]).toMatchObject({ source: V1_RECORD.source, via: 'page', format: 'html', bodyKey: '某县教育局' });
    lib.close();
  });

  it('a version 1 file with a broken record changes nothing', async () => {
    const lib = new Library({ indexedDB: new IDBFactory(), IDBKeyRange });
    const file = { kind: 'xxgk-library', version: 1, reports: [V1_RECORD, { ...V1_RECORD, source: 'http://b/', year: 'x' }] };
    expect(await lib.importText(JSON.stringify(file))).toMatchObject({ ok: false, error: 'malformed' });
    expect(await lib.list()).toEqual([]);
    lib.close();
  });
});

describe('the background with a version 1 library (fake browser)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    // The background opens the library in the global IndexedDB (fake-indexeddb/auto here).
    await writeVersion1(indexedDB, [V1_RECORD]);
  });

  it('keeps this year\'s report and answers with last year\'s, migrated', async () => {
    const record: LibraryRecord = {
      ...V1_RECORD, source: 'http://a.gov.cn/2024.html', title: '某县教育局2024年政府信息公开工作年度报告', body: '某县教育局',
      bodyKey: '某县教育局', agencyKind: 'department', template: '2021', year: 2024, via: 'page', format: 'html',
    };
    const reply = await new Promise<unknown>((resolve) => {
      const sender = { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 0 };
      expect(handlers.onMessage({ type: 'library-audited', record }, sender, resolve)).toBe(true);
    });
    expect(reply).toMatchObject({ previous: { source: V1_RECORD.source, year: 2023, via: 'page', format: 'html' } });
    const lib = new Library({ indexedDB, IDBKeyRange });
    expect((await lib.list()).map((r) => r.source).sort()).toEqual([V1_RECORD.source, record.source]);
    lib.close();
  });
});
