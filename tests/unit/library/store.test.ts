import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Library } from '../../../components/library/store';
import { previousOf } from '../../../components/library/schema';
import type { LibraryRecord } from '../../../components/library/schema';

function record(over: Partial<LibraryRecord> = {}): LibraryRecord {
  return {
    source: 'http://a.gov.cn/2023.html', title: '某县教育局2023年政府信息公开工作年度报告', body: '某县教育局', bodyKey: '某县教育局',
    agencyKind: 'department', year: 2023, template: '2021', auditedAt: '2024-02-01T00:00:00.000Z',
    summary: { error: 1, warning: 0, info: 2 }, tables: {}, via: 'page', format: 'html', ...over,
  };
}

let lib: Library;
beforeEach(() => {
  lib = new Library({ indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => lib.close());

describe('library store', () => {
  it('keeps a report and finds it by body and year', async () => {
    await lib.put(record());
    expect((await lib.find('某县教育局', 2023))?.source).toBe('http://a.gov.cn/2023.html');
    expect(await lib.find('某县教育局', 2022)).toBeNull();
    expect(await lib.find('另一局', 2023)).toBeNull();
  });

  it('replaces the record of a source audited again', async () => {
    await lib.put(record());
    await lib.put(record({ summary: { error: 0, warning: 0, info: 0 } }));
    const all = await lib.list();
    expect(all).toHaveLength(1);
    expect(all[0]!.summary.error).toBe(0);
  });

  it('keeps a report with no body (not findable by body)', async () => {
    await lib.put(record({ body: null, bodyKey: null }));
    expect(await lib.list()).toHaveLength(1);
  });

  it('refuses a record that does not match the schema', async () => {
    await expect(lib.put({ ...record(), year: 'x' } as unknown as LibraryRecord)).rejects.toThrow();
    expect(await lib.list()).toHaveLength(0);
  });

  it('deletes one and clears all', async () => {
    await lib.put(record());
    await lib.put(record({ source: 'http://a.gov.cn/2024.html', year: 2024 }));
    await lib.remove('http://a.gov.cn/2023.html');
    expect((await lib.list()).map((r) => r.source)).toEqual(['http://a.gov.cn/2024.html']);
    await lib.clear();
    expect(await lib.list()).toEqual([]);
  });

  it('round-trips export, clear and import', async () => {
    await lib.put(record());
    await lib.put(record({ source: 'http://a.gov.cn/2024.html', year: 2024 }));
    const text = JSON.stringify(await lib.exportFile());
    await lib.clear();
    expect(await lib.importText(text)).toEqual({ ok: true, added: 2, replaced: 0 });
    expect((await lib.list()).map((r) => r.source).sort()).toEqual(['http://a.gov.cn/2023.html', 'http://a.gov.cn/2024.html']);
    expect(await lib.importText(text)).toEqual({ ok: true, added: 0, replaced: 2 });
  });

  it('a bad file changes nothing and says why', async () => {
    await lib.put(record());
    expect(await lib.importText('{not json')).toMatchObject({ ok: false, error: 'not-json' });
    expect(await lib.importText('{"kind":"xxgk-dismissals"}')).toMatchObject({ ok: false, error: 'wrong-kind' });
    const bad = { kind: 'xxgk-library', version: 2, reports: [record({ source: 'http://b/' }), { ...record({ source: 'http://c/' }), summary: null }] };
    expect(await lib.importText(JSON.stringify(bad))).toMatchObject({ ok: false, error: 'malformed' });
    expect((await lib.list()).map((r) => r.source)).toEqual(['http://a.gov.cn/2023.html']);
  });

  it('gives a kept report as last year\'s report, tables included', () => {
    const prev = previousOf(record());
    expect(prev.source).toBe('http://a.gov.cn/2023.html');
    expect(prev.model).toMatchObject({ isReport: true, agency: '某县教育局', year: 2023, template: '2021', sections: [] });
  });
});
