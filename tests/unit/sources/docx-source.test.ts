// The Word source on small files made here (fflate's zipSync): merged cells, nested tables, list
// labels, headings, content controls, revisions, text boxes, pictures and the file's properties.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runNow } from '../../../lib/steps';
import { docxSource, readDocx } from '../../../lib/sources/docx/source';
import type { DocxRef } from '../../../lib/sources/docx/ref';
import type { Grid, Item } from '../../../lib/sources/types';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

interface Parts {
  styles?: string;
  numbering?: string;
  core?: string;
  custom?: string;
}

function docx(body: string, parts: Parts = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>${body}<w:sectPr/></w:body></w:document>`),
  };
  if (parts.styles) files['word/styles.xml'] = strToU8(`<w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.core) files['docProps/core.xml'] = strToU8(parts.core);
  if (parts.custom) files['docProps/custom.xml'] = strToU8(parts.custom);
  return zipSync(files);
}

const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${text === '' ? '<w:p/>' : p(text)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;

function source(body: string, parts?: Parts) {
  return docxSource(readDocx(docx(body, parts)));
}

function lines(items: Item<DocxRef>[]): string[] {
  return items.map((it) => (it.kind === 'line' ? it.line.text : it.kind === 'table' ? `[table ${it.table}]` : '[image]'));
}

/** The grid as text: each slot's cell text, '·' for a hole. */
function layout(grid: Grid<DocxRef>): string[] {
  return grid.slots.map((row) => Array.from({ length: grid.width }, (_, c) => row[c]?.text || '·').join(' '));
}

describe('the Word source', () => {
  it('reads vMerge chains and gridSpan into one grid, each cell placed once with its spans', () => {
    const src = source(tbl(
      tr(tc('申请人情况', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>'), tc('自然人'), tc('法人')),
      tr(tc('', '<w:gridSpan w:val="2"/><w:vMerge/>'), tc('本年新收'), tc('')),
      tr(tc('', '<w:gridSpan w:val="2"/><w:vMerge w:val="continue"/>'), tc('上年结转'), tc('3')),
      tr(tc('予以公开'), tc('', '<w:vMerge w:val="restart"/>'), tc('1'), tc('2')),
      tr(tc('不予公开'), tc('', '<w:vMerge/>'), tc('4'), tc('5')),
    ));
    const items = runNow(src.items());
    expect(lines(items)).toEqual(['[table requests]']);
    const grid = runNow(src.grid((items[0] as { ref: DocxRef }).ref));
    expect(layout(grid)).toEqual([
      '申请人情况 申请人情况 自然人 法人',
      '申请人情况 申请人情况 本年新收 ·',
      '申请人情况 申请人情况 上年结转 3',
      '予以公开 · 1 2',
      '不予公开 · 4 5',
    ]);
    const merged = grid.slots[0]![0]!;
    expect(merged).toMatchObject({ row: 0, col: 0, rowSpan: 3, colSpan: 2, ref: { kind: 'cell', table: 0, row: 0, col: 0 } });
    // The empty merged cell of rows 4–5 is one cell spanning both; the blank cell of row 2 a cell of its own.
    expect(grid.slots[3]![1]).toBe(grid.slots[4]![1]);
    expect(grid.slots[3]![1]).toMatchObject({ rowSpan: 2, text: '' });
    expect(grid.cells).toHaveLength(14);
    expect(new Set(grid.cells).size).toBe(grid.cells.length);
  });

  it('starts a row at w:gridBefore and widens a cell over old hMerge cells', () => {
    const src = source(tbl(
      tr(tc('本年新收'), tc('上年结转'), tc('办理结果')),
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('a')}${tc('b')}</w:tr>`,
      tr(tc('x', '<w:hMerge w:val="restart"/>'), tc('', '<w:hMerge/>'), tc('y')),
    ));
    const grid = runNow(src.grid(runNow(src.items()).find((i) => i.kind === 'table')!.ref));
    expect(layout(grid)).toEqual(['本年新收 上年结转 办理结果', '· a b', 'x x y']);
  });

  it('reads a table holding a table as layout, and the statistical table inside it as a table', () => {
    const inner = tbl(tr(tc('行政复议'), tc('结果维持'), tc('结果纠正')), tr(tc('1'), tc('2'), tc('3')));
    const src = source(p('四、因政府信息公开工作被申请行政复议、提起行政诉讼情况') + tbl(tr(`<w:tc>${p('版式表格')}${inner}</w:tc>`, tc('说明'))));
    const items = runNow(src.items());
    expect(lines(items)).toEqual(['四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', '版式表格', '[table appeals]', '说明']);
    const table = items[2] as { kind: 'table'; ref: DocxRef };
    expect(table.ref).toEqual({ kind: 'table', index: 1 });
    expect(layout(runNow(src.grid(table.ref)))).toEqual(['行政复议 结果维持 结果纠正', '1 2 3']);
    // The detector samples leaf tables only, as on a page.
    expect([...src.sample.tableTexts(10)]).toEqual(['行政复议 结果维持 结果纠正 1 2 3']);
  });

  it('marks the lines of a data table that is not statistical, not those of a layout table', () => {
    const src = source(tbl(tr(tc('索引号'), tc('发布日期'), tc('2024-01-20'))) + tbl(tr(tc('左'), tc('右'))));
    const items = runNow(src.items());
    expect(items.map((i) => (i.kind === 'line' ? [i.line.text, i.line.inTable] : null))).toEqual([
      ['索引号', true], ['发布日期', true], ['2024-01-20', true], ['左', false], ['右', false],
    ]);
  });

  it('draws the list labels Word numbers, counting levels as Word does, and no bullets', () => {
    const numbering = `
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>`;
    const styles = '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const num = (id: number, level = 0) => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`;
    const src = source([
      p('总体情况', '<w:pStyle w:val="1"/>'),
      p('主动公开', num(1, 1)),
      p('依申请公开', num(1, 1)),
      p('主动公开政府信息情况', '<w:pStyle w:val="1"/>'),
      p('规章', num(1, 1)),
      p('首页', num(2)),
      p('第十项', num(3)),
      p('不编号', '<w:pStyle w:val="1"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
    ].join(''), { numbering, styles });
    expect(lines(runNow(src.items()))).toEqual([
      '一、总体情况', '（一）主动公开', '（二）依申请公开', '二、主动公开政府信息情况', '（一）规章', '首页', '10. 第十项', '不编号',
    ]);
    expect([...src.sample.headings(2)]).toEqual(['一、总体情况', '二、主动公开政府信息情况']);
  });

  it('takes heading levels from outline levels and style names up the basedOn chain', () => {
    const styles = `
      <w:style w:type="paragraph" w:styleId="a"><w:name w:val="标题 2"/></w:style>
      <w:style w:type="paragraph" w:styleId="b"><w:name w:val="My Heading"/><w:basedOn w:val="a"/></w:style>
      <w:style w:type="paragraph" w:styleId="loop1"><w:name w:val="x"/><w:basedOn w:val="loop2"/></w:style>
      <w:style w:type="paragraph" w:styleId="loop2"><w:name w:val="y"/><w:basedOn w:val="loop1"/></w:style>`;
    const src = source(p('甲', '<w:pStyle w:val="b"/>') + p('乙', '<w:outlineLvl w:val="0"/>') + p('丙', '<w:pStyle w:val="loop1"/>') + p('丁', '<w:outlineLvl w:val="9"/>'), { styles });
    expect([...src.sample.headings(5)]).toEqual(['乙', '甲']);
  });

  it('reads text as a reader sees it: breaks split lines, deleted and hidden text and field codes left out, a text box once', () => {
    const src = source(`
      <w:sdt><w:sdtPr/><w:sdtContent>${p('控件里的段落')}</w:sdtContent></w:sdt>
      <w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二</w:t></w:r><w:ins><w:r><w:t>行</w:t></w:r></w:ins><w:del><w:r><w:delText>删去</w:delText></w:r></w:del>
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
        <w:r><w:tab/><w:t>页</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>码</w:t></w:r></w:p>
      <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${p('文本框')}</w:txbxContent></w:drawing></mc:Choice>
        <mc:Fallback><w:pict><v:textbox><w:txbxContent>${p('文本框')}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
      <w:p><w:r><w:t>图前</w:t></w:r><w:r><w:drawing><a:graphic><a:graphicData><a:blip/></a:graphicData></a:graphic></w:drawing></w:r><w:r><w:t>图后</w:t></w:r></w:p>`);
    const items = runNow(src.items());
    expect(lines(items)).toEqual(['控件里的段落', '第一行', '第二行3 页码', '文本框', '图前', '[image]', '图后']);
    expect(items.filter((i) => i.kind === 'line').map((i) => i.line.ref)).toEqual([
      { kind: 'paragraph', index: 0 }, { kind: 'paragraph', index: 1 }, { kind: 'paragraph', index: 1 }, { kind: 'paragraph', index: 3 },
      { kind: 'paragraph', index: 4 }, { kind: 'paragraph', index: 4 },
    ]);
    // One object per place: lines of one paragraph share its reference.
    const [, a, b] = items.filter((i) => i.kind === 'line').map((i) => i.line.ref);
    expect(a).toBe(b);
  });

  it('reads the title, the custom properties and the file times as the page metadata', () => {
    const core = `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <dc:title>宁安市生态环境局2023年政府信息公开工作年度报告</dc:title>
      <dcterms:created xsi:type="dcterms:W3CDTF">2024-01-10T02:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-22T08:30:00Z</dcterms:modified></cp:coreProperties>`;
    const custom = `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
      <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="PubDate"><vt:lpwstr>2024-01-26 09:30</vt:lpwstr></property>
      <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ArticleTitle"><vt:lpwstr>年度报告</vt:lpwstr></property></Properties>`;
    const src = source(p('正文'), { core, custom });
    expect(src.meta).toEqual({
      title: '宁安市生态环境局2023年政府信息公开工作年度报告',
      tags: { 'dcterms.created': '2024-01-10T02:00:00Z', 'dcterms.modified': '2024-01-22T08:30:00Z', pubdate: '2024-01-26 09:30', articletitle: '年度报告' },
    });
    expect(src.sample.title).toBe(src.meta.title);
    expect(src.sample.articleTitle).toBe('年度报告');
  });

  it('reads WordprocessingML bound to another prefix, and the Strict namespace', () => {
    const body = (ns: string) => zipSync({ 'word/document.xml': strToU8(`<x:document xmlns:x="${ns}"><x:body><x:p><x:r><x:t>一、总体情况</x:t></x:r></x:p></x:body></x:document>`) });
    for (const ns of ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']) {
      expect(lines(runNow(docxSource(readDocx(body(ns))).items()))).toEqual(['一、总体情况']);
    }
    // The default namespace, and a prefix bound again to something else below: not WordprocessingML there.
    const rebound = zipSync({ 'word/document.xml': strToU8(
      '<document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body><p><r><t>二、主动公开</t></r></p>'
      + '<p xmlns="urn:other"><r><t>不是段落</t></r></p><p><r><t>三、依申请公开</t></r></p></body></document>',
    ) });
    expect(lines(runNow(docxSource(readDocx(rebound)).items()))).toEqual(['二、主动公开', '三、依申请公开']);
  });
});
