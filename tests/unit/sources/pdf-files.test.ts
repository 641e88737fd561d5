// What the PDF source answers for files it cannot check: a scan says so and raises nothing; a
// truncated, encrypted, oversized or misnamed file is a clear error and nothing else.
import { describe, expect, it } from 'vitest';
import { audit } from '../../../lib/audit';
import { PDF_TEXT } from '../../../lib/i18n/pdf';
import { pdfSource, pdfTextLayer } from '../../../lib/sources/pdf/source';
import { UnreadableDocument } from '../../../lib/sources/unreadable';
import { runNow } from '../../../lib/steps';
import { FIXTURE_NOW } from '../../support/fixtures';
import { loadPdf } from '../../support/pdf-fixtures';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

async function refusal(bytes: Uint8Array): Promise<UnreadableDocument> {
  const e: unknown = await pdfSource(bytes).then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(UnreadableDocument);
  return e as UnreadableDocument;
}

describe('a scanned PDF', { timeout: 60_000 }, () => {
  it('is told as a scan, with the message, and its audit raises nothing', async () => {
    const bytes = loadPdf('scan-clean-2021');
    expect(await pdfTextLayer(bytes)).toBe('scan');
    const source = await pdfSource(bytes);
    expect(source.textLayer).toBe('scan');
    expect(source.notice).toEqual(PDF_TEXT.scan);
    expect(source.notice!.zh).toBe('扫描件，无文字层，无法自动核对');
    expect(runNow(source.items()).filter((it) => it.kind !== 'image')).toEqual([]);
    const { result } = audit(source, { source: 'scan.pdf', now: FIXTURE_NOW });
    expect(result.findings).toEqual([]);
  });

  it('is not what a PDF with a text layer is', async () => {
    expect(await pdfTextLayer(loadPdf('libreoffice-clean-2021-city-bureau'))).toBe('text');
    expect((await pdfSource(loadPdf('libreoffice-clean-2021-city-bureau'))).notice).toBeNull();
  });
});

describe('a file that is not a whole, readable PDF', { timeout: 60_000 }, () => {
  const whole = loadPdf('libreoffice-defect-arith-2021');

  it('truncated: refused as damaged', async () => {
    for (const keep of [0.3, 0.7, 0.98]) {
      const e = await refusal(whole.slice(0, Math.floor(whole.length * keep)));
      expect({ code: e.code, text: e.text }).toEqual({ code: 'binary', text: PDF_TEXT.truncated });
    }
  });

  it('encrypted (LibreOffice with an open password): refused as unsupported', async () => {
    const e = await refusal(loadPdf('libreoffice-encrypted'));
    expect({ code: e.code, text: e.text }).toEqual({ code: 'unsupported', text: PDF_TEXT.encrypted });
  });

  it('50 MB: refused before it is parsed', async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set(whole);
    big.fill(0x20, whole.length);
    const e = await refusal(big);
    expect({ code: e.code, text: e.text }).toEqual({ code: 'too-large', text: PDF_TEXT.tooLarge });
  });

  it('an HTML page named .pdf, and an image: refused as not a PDF', async () => {
    const html = new Uint8Array(readFileSync(fileURLToPath(new URL('../../fixtures/pages/clean-2021-city-bureau.html', import.meta.url))));
    const png = new Uint8Array(readFileSync(fileURLToPath(new URL('../../fixtures/inputs/binary.png', import.meta.url))));
    for (const bytes of [html, png]) {
      const e = await refusal(bytes);
      expect({ code: e.code, text: e.text }).toEqual({ code: 'binary', text: PDF_TEXT.notPdf });
    }
  });

  it('empty: refused as empty', async () => {
    expect((await refusal(new Uint8Array(0))).code).toBe('empty');
  });

  it('a PDF header over bytes that are no PDF: refused as damaged', async () => {
    const junk = new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(5000) + '\n%%EOF\n');
    const e = await refusal(junk);
    expect({ code: e.code, text: e.text }).toEqual({ code: 'binary', text: PDF_TEXT.damaged });
  });
});
