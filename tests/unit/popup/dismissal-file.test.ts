// Sharing a review: the dismissals file written and read back; anything malformed refused whole.
import { describe, expect, it } from 'vitest';
import { dismissalExport, readDismissalFile } from '../../../components/sidepanel/dismissal-file';
import { samplePage } from './sample';

const page = samplePage({
  dismissals: [
    { findingId: '0000000f', reason: 'accepted', at: '2026-11-20T08:00:00.000Z', note: '已与办公室核实：<b>不是</b>问题' },
    { findingId: '0000000a', reason: 'follow-up', at: '2026-11-21T08:00:00.000Z' },
  ],
});
const good = () => JSON.parse(dismissalExport(page, 'zh').text) as Record<string, unknown>;
const read = (v: unknown) => readDismissalFile(typeof v === 'string' ? v : JSON.stringify(v), 'zh');

describe('the dismissals file', () => {
  it('names the page and carries every dismissal with its note; reads back the same', () => {
    const file = dismissalExport(page, 'zh');
    expect(file.name).toBe('丰林市市场监督管理局2022年政府信息公开工作年度报告-忽略记录.json');
    expect(file.mime).toBe('application/json');
    const json = good();
    expect(json).toEqual({ kind: 'xxgk-dismissals', version: 1, page: page.url, dismissals: page.dismissals });
    const back = read(file.text);
    expect(back).toEqual({ ok: true, file: json });
  });

  it('refuses what is not JSON, another kind of file, another version', () => {
    expect(read('{"kind": "xxgk-dismissals",')).toEqual({ ok: false, error: '文件不是 JSON。' });
    expect(read({ ...good(), kind: 'xxgk-audit' })).toEqual({ ok: false, error: expect.stringContaining('kind 应为 xxgk-dismissals') });
    expect(read([1, 2])).toEqual({ ok: false, error: expect.stringContaining('不是忽略记录文件') });
    expect(read(null)).toEqual({ ok: false, error: expect.stringContaining('不是忽略记录文件') });
    expect(read({ ...good(), version: 2 })).toEqual({ ok: false, error: '不支持此版本（2）。' });
  });

  it('refuses the whole file for one malformed dismissal, naming the problem', () => {
    const bad = good();
    const list = bad.dismissals as Record<string, unknown>[];
    list.push({ findingId: 'nothex!!', reason: 'accepted', at: '2026-11-20T08:00:00.000Z' });
    const r = read(bad);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^文件内容不正确，未做任何更改：.*dismissals\[2\]\.findingId/s);
    for (const entry of [
      { findingId: '0000000a', reason: 'because', at: '2026-11-20T08:00:00.000Z' },
      { findingId: '0000000a', reason: 'accepted', at: 'yesterday' },
      { findingId: '0000000a', reason: 'accepted', at: '2026-11-20T08:00:00.000Z', note: 'x'.repeat(501) },
      { findingId: '0000000a', reason: 'accepted', at: '2026-11-20T08:00:00.000Z', note: 7 },
    ]) expect(read({ ...good(), dismissals: [entry] }).ok).toBe(false);
    expect(read({ ...good(), extra: 1 }).ok).toBe(false);
    expect(read({ ...good(), dismissals: 'all' }).ok).toBe(false);
    expect(read('x'.repeat(1_000_001))).toEqual({ ok: false, error: '文件太大。' });
  });

  it('accepts a note of exactly 500 characters', () => {
    const note = '注'.repeat(500);
    expect(read({ ...good(), dismissals: [{ findingId: '0000000a', reason: 'accepted', at: '2026-11-20T08:00:00.000Z', note }] }).ok).toBe(true);
  });
});
