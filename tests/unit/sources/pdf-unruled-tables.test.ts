// Tables drawn without ruling lines, built by hand as a word processor lays them out when its
// export drops the borders: each cell's text a run where the cell puts it, numbers centred in
// their columns, labels at their columns' left, a label wrapped over lines, headings centred over
// the columns they head. Read as the same grid a ruled table gives; prose with numbers is no table.
import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../../lib/sources/pdf/reading-order';
import type { PdfItem } from '../../../lib/sources/pdf/reading-order';
import type { PdfPage, Run } from '../../../lib/sources/pdf/types';

const SIZE = 10;
/** A run of Chinese text (a glyph an em wide) or of digits (half an em each). */
const run = (text: string, x: number, y: number): Run => ({
  text, x, y, size: SIZE, w: [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? SIZE / 2 : SIZE), 0),
});
/** A run centred on `cx`. */
const centred = (text: string, cx: number, y: number): Run => {
  const r = run(text, 0, y);
  return { ...r, x: cx - r.w / 2 };
};
const page = (runs: Run[]): PdfPage => ({ number: 1, width: 600, height: 800, clipRight: 600, runs, rules: [], images: [] });

const tables = (items: PdfItem[]) => items.flatMap((it) => (it.kind === 'table' ? [it] : []));
const texts = (it: PdfItem) => (it.kind === 'table' ? it.grid.slots.map((row) => row.map((c) => c?.text ?? '')) : []);
const lines = (items: PdfItem[]) => items.flatMap((it) => (it.kind === 'line' ? [it.text] : []));

/** The requests table's value columns (自然人, 商业企业, 总计), centred here. */
const REQ = [300, 380, 460];

describe('a table without ruling lines', () => {
  it('reads a requests table: header, row labels over label columns, numbers in their columns', () => {
    const items = readingOrder([page([
      run('三、收到和处理政府信息公开申请情况', 50, 720),
      centred('申请人情况', 380, 690),
      run('（本列数据的勾稽关系）', 50, 660), centred('自然人', REQ[0]!, 660), centred('商业企业', REQ[1]!, 660), centred('总计', REQ[2]!, 660),
      run('一、本年新收政府信息公开申请数量', 50, 630), ...['5', '2', '7'].map((v, i) => centred(v, REQ[i]!, 630)),
      run('二、上年结转政府信息公开申请数量', 50, 600), ...['1', '0', '1'].map((v, i) => centred(v, REQ[i]!, 600)),
      run('三、本年度', 50, 570), run('（一）予以公开', 120, 570), ...['3', '1', '4'].map((v, i) => centred(v, REQ[i]!, 570)),
      run('办理结果', 50, 556), run('（二）部分公开', 120, 540), ...['2', '1', '3'].map((v, i) => centred(v, REQ[i]!, 540)),
      run('四、政府信息公开行政复议、行政诉讼情况', 50, 500),
    ])]);
    expect(tables(items).map((t) => t.table)).toEqual(['requests']);
    // A heading no wider than its column heads that column only (the requests reader passes over it).
    expect(texts(tables(items)[0]!)).toEqual([
      ['', '', '', '申请人情况', ''],
      ['（本列数据的勾稽关系）', '（本列数据的勾稽关系）', '自然人', '商业企业', '总计'],
      ['一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量', '5', '2', '7'],
      ['二、上年结转政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '1', '0', '1'],
      ['三、本年度办理结果', '（一）予以公开', '3', '1', '4'],
      ['', '（二）部分公开', '2', '1', '3'],
    ]);
    expect(lines(items)).toEqual(['三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况']);
  });

  it('joins a row label wrapped over lines to the row its numbers stand on', () => {
    const items = readingOrder([page([
      run('（本列数据的勾稽关系）', 50, 660), centred('自然人', REQ[0]!, 660), centred('商业企业', REQ[1]!, 660), centred('总计', REQ[2]!, 660),
      run('一、本年新收政府信息公开申请数量', 50, 630), ...['5', '2', '7'].map((v, i) => centred(v, REQ[i]!, 630)),
      // The label's first line above its numbers, its last below them.
      run('二、上年结转政府信息', 50, 606), ...['1', '0', '1'].map((v, i) => centred(v, REQ[i]!, 600)), run('公开申请数量', 50, 592),
      run('四、结转下年度继续办理', 50, 570), ...['0', '0', '0'].map((v, i) => centred(v, REQ[i]!, 570)),
    ])]);
    expect(texts(tables(items)[0]!).map((row) => row[0])).toEqual([
      '（本列数据的勾稽关系）', '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '四、结转下年度继续办理',
    ]);
    expect(texts(tables(items)[0]!)[2]).toEqual(['二、上年结转政府信息公开申请数量', '1', '0', '1']);
  });

  it('joins its part on the next page, whose labels start further in than any column, as one table', () => {
    const header = [run('（本列数据的勾稽关系）', 50, 660), centred('自然人', REQ[0]!, 660), centred('商业企业', REQ[1]!, 660), centred('总计', REQ[2]!, 660)];
    const items = readingOrder([
      page([
        ...header,
        run('一、本年新收政府信息公开申请数量', 50, 630), ...['5', '2', '7'].map((v, i) => centred(v, REQ[i]!, 630)),
        run('二、上年结转政府信息公开申请数量', 50, 600), ...['1', '0', '1'].map((v, i) => centred(v, REQ[i]!, 600)),
        run('三、本年度', 50, 570), run('（一）予以公开', 120, 570), ...['3', '1', '4'].map((v, i) => centred(v, REQ[i]!, 570)),
      ]),
      { ...page([
        run('（二）部分公开', 130, 760), ...['2', '1', '3'].map((v, i) => centred(v, REQ[i]!, 760)),
        run('（三）不予公开', 130, 730), ...['0', '0', '0'].map((v, i) => centred(v, REQ[i]!, 730)),
        run('（四）无法提供', 130, 700), ...['1', '0', '1'].map((v, i) => centred(v, REQ[i]!, 700)),
      ]), number: 2 },
    ]);
    expect(tables(items)).toHaveLength(1);
    expect(texts(tables(items)[0]!).map((row) => row.slice(1).join('|'))).toEqual([
      '（本列数据的勾稽关系）|自然人|商业企业|总计', '一、本年新收政府信息公开申请数量|5|2|7', '二、上年结转政府信息公开申请数量|1|0|1',
      '（一）予以公开|3|1|4', '（二）部分公开|2|1|3', '（三）不予公开|0|0|0', '（四）无法提供|1|0|1',
    ]);
  });

  it('is cut when its text runs on to the page\'s right edge (a table wider than the paper)', () => {
    const rows = (xs: number[]) => readingOrder([page([
      run('（本列数据的勾稽关系）', 50, 660), ...['自然人', '商业企业', '科研机构'].map((h, i) => centred(h, xs[i]!, 660)),
      run('一、本年新收政府信息公开申请数量', 50, 630), ...['5', '2', '7'].map((v, i) => centred(v, xs[i]!, 630)),
      run('二、上年结转政府信息公开申请数量', 50, 600), ...['1', '0', '1'].map((v, i) => centred(v, xs[i]!, 600)),
      run('四、结转下年度继续办理', 50, 570), ...['0', '0', '0'].map((v, i) => centred(v, xs[i]!, 570)),
    ])]);
    expect(tables(rows(REQ)).map((t) => t.cut)).toEqual([false]);
    expect(tables(rows([420, 500, 580])).map((t) => t.cut)).toEqual([true]);
  });

  it('reads a proactive table: a caption and a header for each block, a block with one column', () => {
    const items = readingOrder([page([
      run('二、主动公开政府信息情况', 50, 740),
      centred('第二十条第（一）项', 300, 710),
      run('信息内容', 80, 680), centred('本年制发件数', 240, 680), centred('本年废止件数', 350, 680), centred('现行有效件数', 460, 680),
      run('规章', 50, 650), ...['1', '0', '3'].map((v, i) => centred(v, [240, 350, 460][i]!, 650)),
      run('行政规范性文件', 50, 620), ...['2', '0', '9'].map((v, i) => centred(v, [240, 350, 460][i]!, 620)),
      centred('第二十条第（五）项', 300, 590),
      run('信息内容', 80, 560), centred('本年处理决定数量', 350, 560),
      run('行政许可', 50, 530), centred('36', 350, 530),
      run('三、收到和处理政府信息公开申请情况', 50, 490),
    ])]);
    expect(tables(items).map((t) => t.table)).toEqual(['proactive']);
    expect(texts(tables(items)[0]!)).toEqual([
      ['', '', '第二十条第（一）项', ''],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '1', '0', '3'],
      ['行政规范性文件', '2', '0', '9'],
      ['', '', '第二十条第（五）项', ''],
      ['信息内容', '', '本年处理决定数量', ''],
      ['行政许可', '', '36', ''],
    ]);
  });

  it('reads an appeals table: group headings centred over the columns they head, one row of numbers', () => {
    const cx = (c: number) => 60 + c * 34;
    const leaves = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const items = readingOrder([page([
      run('四、政府信息公开行政复议、行政诉讼情况', 50, 740),
      centred('行政复议', (cx(0) + cx(4)) / 2, 710), centred('行政诉讼', (cx(5) + cx(14)) / 2, 710),
      centred('未经复议直接起诉', (cx(5) + cx(9)) / 2, 690), centred('复议后起诉', (cx(10) + cx(14)) / 2, 690),
      // Each leaf heading wrapped in its narrow column: 「结果」 over 「维持」.
      ...Array.from({ length: 15 }, (_, c) => [centred(leaves[c % 5]!.slice(0, 2), cx(c), 670), centred(leaves[c % 5]!.slice(2), cx(c), 658)]).flat(),
      ...Array.from({ length: 15 }, (_, c) => centred(String(c % 3), cx(c), 630)),
      run('五、存在的主要问题及改进情况', 50, 590),
    ])]);
    expect(tables(items).map((t) => t.table)).toEqual(['appeals']);
    const grid = texts(tables(items)[0]!);
    expect(grid[0]).toEqual([...Array(5).fill('行政复议'), ...Array(10).fill('行政诉讼')]);
    expect(grid[1]).toEqual([...leaves, ...Array(5).fill('未经复议直接起诉'), ...Array(5).fill('复议后起诉')]);
    expect(grid[2]).toEqual([...leaves, ...leaves, ...leaves]);
    expect(grid[3]).toEqual(Array.from({ length: 15 }, (_, c) => String(c % 3)));
  });

  it('makes no table of prose with numbers, nor of a list of figures', () => {
    // LibreOffice's runs: a number its own run, a space's run (a fifth of an em) on each side of it.
    const prose = (parts: string[], y: number) => {
      let x = 50;
      return parts.map((t) => {
        const r = t === ' ' ? { ...run(t, x, y), w: SIZE / 5 } : run(t, x, y);
        x += r.w;
        return r;
      });
    };
    const items = readingOrder([page([
      run('三、收到和处理政府信息公开申请情况', 50, 720),
      ...prose(['本年新收政府信息公开申请', ' ', '157', ' ', '件，上年结转', ' ', '10', ' ', '件，办理结果：予以公开'], 700),
      ...prose([' ', '71', ' ', '件，部分公开', ' ', '15', ' ', '件，不予公开', ' ', '23', ' ', '件，无法提供'], 685),
      ...prose([' ', '35', ' ', '件，不予处理', ' ', '12', ' ', '件，结转下年度继续办理', ' ', '8', ' ', '件。'], 670),
      // Figures set apart on their lines, each line one phrase: no columns of numbers.
      run('本年新收申请', 50, 640), run('157', 200, 640),
      run('上年结转申请', 50, 625), run('10', 260, 625),
      run('予以公开', 50, 610), run('71', 320, 610),
    ])]);
    expect(tables(items)).toEqual([]);
    expect(lines(items).join('')).toContain('本年新收政府信息公开申请157件，上年结转10件，办理结果：予以公开71件，部分公开15件，不予公开23件，无法提供35件，不予处理12件，结转下年度继续办理8件。本年新收申请157上年结转申请10予以公开71');
  });
});
