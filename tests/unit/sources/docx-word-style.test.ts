// The Word fixtures rewritten the way Word and WPS write a report typed in them, and read again:
// text split into runs of one character between proofing and bookmark marks, continuing merged
// cells as a bare <w:vMerge/>, and the six section headings numbered by Word's own list
// (「一、」 drawn from numbering.xml, not in the text). The findings stay those of the page.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { audit } from '../../../lib/audit';
import { openDocument } from '../../../lib/sources/read-document';
import type { Expected } from '../../support/fixtures';
import { FIXTURE_NOW, findingKey } from '../../support/fixtures';

const DOCX_DIR = fileURLToPath(new URL('../../fixtures/docx/', import.meta.url));
const SECTION_LIST = `<w:abstractNum w:abstractNumId="900"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum><w:num w:numId="900"><w:abstractNumId w:val="900"/></w:num>`;
const HEADING = /^[一二三四五六]、/;

/** Every w:t's text as runs of one character (an entity counts as one), with marks between. */
function splitRuns(xml: string): string {
  return xml.replace(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>|<w:rPr\/>)?<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>/g, (_, rPr: string | undefined, text: string) => {
    const chars = text.match(/&[^;]+;|[\s\S]/gu) ?? [];
    return chars.map((c, i) => `${i % 3 === 1 ? '<w:proofErr w:type="spellStart"/>' : ''}<w:bookmarkStart w:id="${i}" w:name="_b${i}"/><w:r w:rsidR="00A1B2C3">${rPr ?? ''}<w:t xml:space="preserve">${c}</w:t></w:r><w:bookmarkEnd w:id="${i}"/>`).join('');
  });
}

/** The section headings outside tables lose their written 「一、」 and get Word's list instead. */
function numberHeadings(xml: string): { xml: string; numbered: number } {
  let depth = 0;
  let numbered = 0;
  const out = xml.replace(/<(\/?)w:tbl>|<w:p>((?:(?!<\/w:p>)[\s\S])*)<\/w:p>/g, (all, close: string | undefined, inner: string | undefined) => {
    if (inner === undefined) {
      depth += close ? -1 : 1;
      return all;
    }
    const text = inner.replace(/<[^>]+>/g, '');
    if (depth > 0 || !HEADING.test(text) || text.length > 40) return all;
    numbered++;
    const unlabelled = inner.replace(/(<w:t(?: xml:space="preserve")?>)[一二三四五六]、/, '$1');
    return `<w:p>${unlabelled.replace('<w:pPr>', '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="900"/></w:numPr>')}</w:p>`;
  });
  return { xml: out, numbered };
}

function asWordWrites(bytes: Uint8Array): { bytes: Uint8Array; numbered: number } {
  const parts = unzipSync(bytes);
  const { xml, numbered } = numberHeadings(strFromU8(parts['word/document.xml']!));
  parts['word/document.xml'] = strToU8(splitRuns(xml).replace(/<w:vMerge w:val="continue"\/>/g, '<w:vMerge/>'));
  parts['word/numbering.xml'] = strToU8(strFromU8(parts['word/numbering.xml']!).replace('</w:numbering>', `${SECTION_LIST}</w:numbering>`));
  return { bytes: zipSync(parts), numbered };
}

describe.each(['clean-2021-city-bureau', 'defect-arith-2021', 'portal-02-proactive-rowspan-caption-2022', 'text-count-percent-mismatch-2021'])('%s as Word writes it', (name) => {
  it('gives the findings of its page', async () => {
    const original = new Uint8Array(readFileSync(`${DOCX_DIR}${name}.docx`));
    const { bytes, numbered } = asWordWrites(original);
    expect(numbered).toBe(6);
    // Nearly every text run holds one character (entities aside: &amp; counts as one).
    const texts = [...strFromU8(unzipSync(bytes)['word/document.xml']!).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
    expect(texts.filter((t) => [...t.replace(/&[^;]+;/g, '_')].length > 1).length).toBeLessThan(texts.length / 20);
    expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).not.toMatch(/<w:t[^>]*>[一二三四五六]、[^<]*(?:情况|事项)/);
    const { source } = await openDocument(bytes, null, `${name}.docx`);
    const { result } = audit(source, { source: name, now: FIXTURE_NOW });
    const expected = JSON.parse(readFileSync(`${DOCX_DIR}${name}.expected.json`, 'utf8')) as Expected;
    for (const [key, value] of Object.entries(expected.report)) {
      expect({ key, value: result.report[key as keyof typeof result.report] }).toEqual({ key, value });
    }
    expect(result.findings.map(findingKey).sort()).toEqual(expected.findings.map(findingKey).sort());
  });
});
