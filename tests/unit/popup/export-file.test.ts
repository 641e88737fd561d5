// Exports from the popup: the input built from the page's state, the file, the download.
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import { describe, expect, it, vi } from 'vitest';
import { REVOKE_AFTER_MS, downloadFile, exportInputOf, renderExport } from '../../../components/popup/export-file';
import { ExportedResultSchema } from '../../../lib/export';
import { TITLE, samplePage } from './sample';

const purify = createDOMPurify(new JSDOM('').window);

describe('exports', () => {
  const page = samplePage();
  const input = exportInputOf(page, 'zh');

  it('carry the page\'s result, dismissals, snippets and title', () => {
    expect(input).toEqual({ result: page.result, dismissals: page.dismissals, snippets: page.snippets, lang: 'zh', pageTitle: page.pageTitle });
  });

  it('are named after the report, in Chinese', () => {
    expect(renderExport('csv', input, { sanitize: purify }).name).toBe(`${TITLE}-审核结果.csv`);
    expect(renderExport('json', exportInputOf(page, 'en'), { sanitize: purify }).name).toBe(`${TITLE}-audit.json`);
  });

  it('JSON is the result', () => {
    const file = renderExport('json', input, { sanitize: purify });
    expect(file.mime).toMatch(/^application\/json/);
    expect(ExportedResultSchema.safeParse(JSON.parse(file.text)).success).toBe(true);
  });

  it('the HTML report sanitises the page\'s snippets', () => {
    const file = renderExport('html', input, { sanitize: purify });
    expect(file.text).toContain('予以公开');
    expect(file.text).not.toMatch(/<img|<script>alert/i);
    // The finding's message (page text with markup in it) is there, as text.
    expect(file.text).toContain('&lt;img src=x onerror=');
  });
});

describe('downloadFile', () => {
  it('clicks an <a download> on a Blob URL and revokes the URL afterwards', () => {
    const { window } = new JSDOM('<!doctype html><body></body>');
    const clicked: { href: string; download: string; inDocument: boolean }[] = [];
    window.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inDocument: window.document.body.contains(this) });
    };
    const blobs: Blob[] = [];
    const URLs = {
      createObjectURL: vi.fn((b: Blob) => { blobs.push(b); return 'blob:chrome-extension://abc/1'; }),
      revokeObjectURL: vi.fn(),
    };
    const timers: [() => void, number][] = [];
    downloadFile({ name: '报告-审核结果.csv', mime: 'text/csv;charset=utf-8', text: '\uFEFFa,b' }, {
      document: window.document, URL: URLs, Blob, setTimeout: (fn, ms) => timers.push([fn, ms]),
    });
    expect(clicked).toEqual([{ href: 'blob:chrome-extension://abc/1', download: '报告-审核结果.csv', inDocument: true }]);
    expect(window.document.querySelector('a')).toBeNull();
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    expect(URLs.revokeObjectURL).not.toHaveBeenCalled();
    expect(timers.map(([, ms]) => ms)).toEqual([REVOKE_AFTER_MS]);
    timers[0]![0]();
    expect(URLs.revokeObjectURL).toHaveBeenCalledWith('blob:chrome-extension://abc/1');
  });
});
