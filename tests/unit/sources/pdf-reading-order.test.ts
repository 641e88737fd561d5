// The PDF source's reading order on pages built by hand: a table over two pages with its header
// printed again, a merged row label cut by the page break, running headers and page numbers,
// wrapped lines, numbers wrapped in a narrow cell, punctuation hanging past a cell's edge, radicals
// in the text layer.
import { describe, expect, it } from 'vitest';
import { unifyRadicals } from '../../../lib/sources/pdf/radicals';
import { readingOrder } from '../../../lib/sources/pdf/reading-order';
import type { PdfItem } from '../../../lib/sources/pdf/reading-order';
import type { Box, PdfPage, Rule, Run } from '../../../lib/sources/pdf/types';

const SIZE = 10;
const ROW = 20;
const run = (text: string, x: number, y: number): Run => ({ text, x, y, w: [...text].length * SIZE, size: SIZE });

/** A ruled table whose top edge is at `top`: one line per cell edge, each cell's text one run. */
function table(rows: string[][], xs: number[], top: number): { runs: Run[]; rules: Rule[] } {
  const runs: Run[] = [];
  const rules: Rule[] = [];
  rows.forEach((cells, r) => {
    const y1 = top - r * ROW;
    const y0 = y1 - ROW;
    rules.push({ dir: 'h', at: y1, a: xs[0]!, b: xs[xs.length - 1]! }, { dir: 'h', at: y0, a: xs[0]!, b: xs[xs.length - 1]! });
    for (const x of xs) rules.push({ dir: 'v', at: x, a: y0, b: y1 });
    cells.forEach((text, c) => runs.push(run(text, xs[c]! + 2, y0 + 6)));
  });
  return { runs, rules };
}

const page = (number: number, runs: Run[], rules: Rule[] = [], images: Box[] = []): PdfPage => ({ number, width: 600, height: 800, clipRight: 600, runs, rules, images });

const XS = [50, 250, 350, 450];
const HEADER = ['（本列数据的勾稽关系）', '自然人', '总计'];

describe('the reading order of a PDF', () => {
  it('reads a table over two pages, its header printed again, as one table', () => {
    const first = table([HEADER, ['一、本年新收申请数量', '3', '3'], ['二、上年结转申请数量', '1', '1']], XS, 300);
    const second = table([HEADER, ['（一）予以公开', '2', '2'], ['四、结转下年度', '2', '2']], XS, 760);
    const items = readingOrder([
      page(1, [run('三、收到和处理政府信息公开申请情况', 50, 320), ...first.runs], first.rules),
      page(2, [...second.runs, run('四、政府信息公开行政复议、行政诉讼情况', 50, 680)], second.rules),
    ]);
    expect(items.map((it) => it.kind)).toEqual(['line', 'table', 'line']);
    const grid = items[1]!.kind === 'table' ? items[1]!.grid : null;
    expect(grid!.slots.map((row) => row.map((c) => c!.text))).toEqual([
      HEADER, ['一、本年新收申请数量', '3', '3'], ['二、上年结转申请数量', '1', '1'],
      ['（一）予以公开', '2', '2'], ['四、结转下年度', '2', '2'],
    ]);
    expect(grid!.cells.find((c) => c.text === '（一）予以公开')!.ref.page).toBe(2);
  });

  it('leaves out running headers and page numbers, and joins lines wrapped by the page', () => {
    const body = (n: number) => [
      run('某某县人民政府信息公开专栏', 200, 780), run(`第 ${n} 页`, 280, 20),
    ];
    const wrapped = '一'.repeat(50);
    const items = readingOrder([
      page(1, [...body(1), run('一、总体情况', 50, 700), run(wrapped, 50, 680), run('接着写完。', 50, 660), run('二、主动公开政府信息情况', 50, 620)]),
      page(2, [...body(2), run('三、收到和处理政府信息公开申请情况', 50, 700)]),
    ]);
    expect(items.map((it) => (it.kind === 'line' ? it.text : it.kind))).toEqual([
      '一、总体情况', `${wrapped}接着写完。`, '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
    ]);
  });

  it('reads a page in two columns (a sidebar beside the article) column by column', () => {
    const side = ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报'];
    const body = ['某县人民政府办公室2020年政府信息公开工作年度报告', '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'];
    const runs = [
      run('某县人民政府门户网站首页政务公开政务服务互动交流走进某县', 30, 760),
      ...side.map((t, i) => run(t, 30, 700 - i * 40)),
      ...body.map((t, i) => run(t, 200, 700 - i * 40)),
    ];
    const items = readingOrder([page(1, runs)]);
    expect(items.map((it) => (it.kind === 'line' ? it.text : it.kind))).toEqual([
      '某县人民政府门户网站首页政务公开政务服务互动交流走进某县', ...side, ...body,
    ]);
  });

  it('reads a picture as large as a table where it stands, not a small icon', () => {
    const items = readingOrder([page(1, [run('三、收到和处理政府信息公开申请情况', 50, 700), run('四、政府信息公开行政复议、行政诉讼情况', 50, 300)], [], [
      { x: 50, y: 350, w: 400, h: 320 }, { x: 500, y: 760, w: 32, h: 32 },
    ])]);
    expect(items.map((it) => it.kind)).toEqual(['line', 'image', 'line']);
    expect(items[1]).toEqual({ kind: 'image', ref: { page: 1, x: 50, y: 350, w: 400, h: 320 } });
  });

  it('reads a merged row label cut by the page break as one cell over its rows on both pages', () => {
    // Two rows under 「（三）不予公开」 on page 1, one more on page 2 under an empty cell with no line
    // between: WPS moves whole rows to the next page and leaves the merged cell's rest there empty.
    const xs = [50, 150, 350, 450];
    const rows = (top: number, labels: string[], label: string, values: string[]): { runs: Run[]; rules: Rule[] } => {
      const bottom = top - labels.length * ROW;
      const rules: Rule[] = [{ dir: 'h', at: top, a: 50, b: 450 }, { dir: 'h', at: bottom, a: 50, b: 450 }];
      for (const x of xs) rules.push({ dir: 'v', at: x, a: bottom, b: top });
      const runs = label ? [run(label, 52, top - ROW + 6)] : [];
      labels.forEach((text, r) => {
        const y = top - (r + 1) * ROW;
        if (r > 0) rules.push({ dir: 'h', at: y + ROW, a: 150, b: 450 });
        runs.push(run(text, 152, y + 6), run(values[r]!, 352, y + 6));
      });
      return { runs, rules };
    };
    const first = table([['（本列数据的勾稽关系）', '', '总计']], xs, 300);
    const top = rows(280, ['1.属于国家秘密', '2.其他法律行政法规禁止公开'], '（三）不予公开', ['1', '2']);
    const rest = rows(760, ['3.危及“三安全一稳定”'], '', ['3']);
    const items = readingOrder([
      page(1, [...first.runs, ...top.runs], [...first.rules, ...top.rules]),
      page(2, rest.runs, rest.rules),
    ]);
    const { grid } = items.find((it): it is PdfItem & { kind: 'table' } => it.kind === 'table')!;
    const label = grid.cells.find((c) => c.text === '（三）不予公开')!;
    expect({ row: label.row, rowSpan: label.rowSpan }).toEqual({ row: 1, rowSpan: 3 });
    expect(grid.slots[3]![0]).toBe(label);
    expect(grid.slots[3]![1]!.text).toBe('3.危及“三安全一稳定”');
  });

  it('reads a number wrapped in a narrow cell as one number, and punctuation hanging past a cell edge in its cell', () => {
    const xs = [50, 250, 270];
    const rules: Rule[] = [
      { dir: 'h', at: 700, a: 50, b: 270 }, { dir: 'h', at: 660, a: 50, b: 270 },
      ...xs.map((x): Rule => ({ dir: 'v', at: x, a: 660, b: 700 })),
    ];
    const runs = [
      // 「1.申请人逾期不补正、」 fills its cell; the 、 hangs past the column's line.
      { text: '1.申请人逾期不补正、', x: 52, y: 686, w: 200, size: SIZE },
      run('行政机关不再处理', 52, 670),
      // 「341」 in a cell two digits wide: 「34」 over 「1」.
      { text: '34', x: 252, y: 686, w: 12, size: SIZE }, { text: '1', x: 252, y: 670, w: 6, size: SIZE },
    ];
    const items = readingOrder([page(1, [run('三、收到和处理政府信息公开申请情况', 50, 720), ...runs], rules)]);
    const cells = items.filter((it) => it.kind === 'line' && it.inTable).map((it) => (it.kind === 'line' ? it.text : ''));
    expect(cells).toEqual(['1.申请人逾期不补正、行政机关不再处理', '341']);
  });

  it('reads a table the page\'s right edge cut (no border closing it) as cut, and a box around prose as no table', () => {
    const xs = [50, 250, 350];
    // Lines run on to x = 560 where the paper ends: no vertical line there.
    const rules: Rule[] = [
      { dir: 'h', at: 700, a: 50, b: 560 }, { dir: 'h', at: 680, a: 50, b: 560 }, { dir: 'h', at: 660, a: 50, b: 560 },
      ...xs.map((x): Rule => ({ dir: 'v', at: x, a: 660, b: 700 })),
      // A box drawn around a paragraph.
      { dir: 'h', at: 600, a: 50, b: 560 }, { dir: 'h', at: 500, a: 50, b: 560 }, { dir: 'v', at: 50, a: 500, b: 600 }, { dir: 'v', at: 560, a: 500, b: 600 },
    ];
    const prose = '本机关坚持以公开为常态、不公开为例外，'.repeat(6);
    const runs = [
      run('（本列数据的勾稽关系）', 52, 686), run('自然人', 252, 686), run('总', 545, 686),
      run('一、本年新收政府信息公开申请数量', 52, 666), run('3', 252, 666), run('1', 550, 666),
      { text: prose, x: 52, y: 560, w: 500, size: SIZE },
    ];
    const items = readingOrder([page(1, [run('三、收到和处理政府信息公开申请情况', 50, 720), ...runs], rules)]);
    const table = items.find((it): it is PdfItem & { kind: 'table' } => it.kind === 'table')!;
    expect({ table: table.table, cut: table.cut, width: table.grid.width }).toEqual({ table: 'requests', cut: true, width: 3 });
    expect(items.filter((it) => it.kind === 'line' && !it.inTable).map((it) => (it.kind === 'line' ? it.text : ''))).toEqual([
      '三、收到和处理政府信息公开申请情况', prose,
    ]);
  });

  it('reads a table whose last line stands on the page\'s right edge as cut (LibreOffice clips a table wider than the page)', () => {
    // The page is 600 wide: the border at 600 is the clip, the columns beyond it are not printed.
    const { runs, rules } = table([['（本列数据的勾稽关系）', '自然人', '其他'], ['一、本年新收政府信息公开申请数量', '3', '1']], [50, 250, 450, 600], 700);
    const closed = table([['（本列数据的勾稽关系）', '自然人', '总计'], ['一、本年新收政府信息公开申请数量', '3', '3']], [50, 250, 450, 560], 700);
    const cutOf = (t: { runs: Run[]; rules: Rule[] }) =>
      readingOrder([page(1, [run('三、收到和处理政府信息公开申请情况', 50, 720), ...t.runs], t.rules)])
        .find((it): it is PdfItem & { kind: 'table' } => it.kind === 'table')!.cut;
    expect([cutOf({ runs, rules }), cutOf(closed)]).toEqual([true, false]);
  });

  it('reads a table drawn on past the clip around the page\'s content as cut, and one that ends at the clip as whole', () => {
    const cutOf = (xs: number[]) => {
      const t = table([['（本列数据的勾稽关系）', '自然人', '其他'], ['一、本年新收政府信息公开申请数量', '3', '1']], xs, 700);
      const p = { ...page(1, [run('三、收到和处理政府信息公开申请情况', 50, 720), ...t.runs], t.rules), width: 612, clipRight: 584 };
      return readingOrder([p]).find((it): it is PdfItem & { kind: 'table' } => it.kind === 'table')!.cut;
    };
    expect([cutOf([50, 250, 450, 602]), cutOf([50, 250, 450, 584])]).toEqual([true, false]);
  });

  it('spans a merged cell on over a page whose part of the table has no lines in its column', () => {
    // 「三、本年度办理结果」 runs down the first column over both pages; on page 2 the browser drew
    // no line for it (no border at the break), so page 2's part starts at the second column.
    const xs = [50, 250, 450, 550];
    const first = table([['（本列数据的勾稽关系）', '', '总计'], ['三、本年度办理结果', '（一）予以公开', '2']], xs, 300);
    const second = table([['（二）部分公开', '1'], ['（三）不予公开', '0']], xs.slice(1), 760);
    const items = readingOrder([
      page(1, [run('三、收到和处理政府信息公开申请情况', 50, 320), ...first.runs], first.rules),
      page(2, second.runs, second.rules),
    ]);
    const { grid } = items.find((it): it is PdfItem & { kind: 'table' } => it.kind === 'table')!;
    expect(grid.slots.map((row) => row.map((c) => c?.text ?? ''))).toEqual([
      ['（本列数据的勾稽关系）', '', '总计'],
      ['三、本年度办理结果', '（一）予以公开', '2'],
      ['三、本年度办理结果', '（二）部分公开', '1'],
      ['三、本年度办理结果', '（三）不予公开', '0'],
    ]);
  });

  it('joins a header row the page break cut: its labels\' last lines on the next page', () => {
    // LibreOffice breaks the page inside the last header row: 「结果」 above the break, 「维持」 below.
    const xs = [50, 150, 250, 350];
    const first = table([['行政复议', '行政诉讼', '复议后起诉'], ['维持', '结果', '尚未']], xs, 120);
    const second = table([['', '纠正', '审结'], ['0', '1', '0']], xs, 760);
    const items = readingOrder([
      page(1, [run('四、政府信息公开行政复议、行政诉讼情况', 50, 140), ...first.runs], first.rules),
      page(2, second.runs, second.rules),
    ]);
    const { grid } = items.find((it): it is PdfItem & { kind: 'table' } => it.kind === 'table')!;
    expect(grid.slots.slice(1).map((row) => row.map((c) => c?.text ?? ''))).toEqual([['维持', '结果纠正', '尚未审结'], ['0', '1', '0']]);
  });

  it('reads a table with a boxed image in a cell and an underlined link label as the table it is', () => {
    const t = table([HEADER, ['一、本年新收申请数量', '3', '3'], ['（一）予以公开', '2', '2']], XS, 300);
    // LibreOffice frames a broken image in the 自然人 cell and underlines the linked row label.
    const label = t.runs.find((r) => r.text === '（一）予以公开')!;
    const rules: Rule[] = [
      ...t.rules,
      { dir: 'h', at: 244, a: 300, b: 320 }, { dir: 'h', at: 256, a: 300, b: 320 }, { dir: 'v', at: 300, a: 244, b: 256 }, { dir: 'v', at: 320, a: 244, b: 256 },
      { dir: 'h', at: label.y - 1.4, a: label.x, b: label.x + label.w },
    ];
    const items = readingOrder([page(1, [run('三、收到和处理政府信息公开申请情况', 50, 320), ...t.runs], rules)]);
    const { grid } = items.find((it): it is PdfItem & { kind: 'table' } => it.kind === 'table')!;
    expect(grid.slots.map((row) => row.map((c) => c?.text ?? ''))).toEqual([HEADER, ['一、本年新收申请数量', '3', '3'], ['（一）予以公开', '2', '2']]);
  });

  it('joins a row the page break cut inside both its labels: the group\'s and its own', () => {
    const xs = [50, 120, 300, 400];
    const first = table([['（本列数据的勾稽关系）', '', '总计'], ['（四）无', '1.本机关不掌握相关政府信', '3']], xs, 120);
    const second = table([['法提供', '息', ''], ['', '2.没有现成信息需要另行制作', '1'], ['（五）不予', '1.信访举报投诉类申请', '0']], xs, 760);
    const items = readingOrder([
      page(1, [run('三、收到和处理政府信息公开申请情况', 50, 140), ...first.runs], first.rules),
      page(2, second.runs, second.rules),
    ]);
    const { grid } = items.find((it): it is PdfItem & { kind: 'table' } => it.kind === 'table')!;
    expect(grid.slots.slice(1, 3).map((row) => row.map((c) => c?.text ?? ''))).toEqual([
      ['（四）无法提供', '1.本机关不掌握相关政府信息', '3'], ['', '2.没有现成信息需要另行制作', '1'],
    ]);
  });

  it('reads the rest of a merged cell\'s text a browser painted below the page break as that cell\'s', () => {
    const xs = [50, 150, 250];
    // The bottom row's first cell has no line under it: the page ended inside it.
    const rules: Rule[] = [
      { dir: 'h', at: 100, a: 50, b: 250 }, { dir: 'h', at: 80, a: 50, b: 250 }, { dir: 'h', at: 60, a: 150, b: 250 },
      ...xs.map((x): Rule => ({ dir: 'v', at: x, a: 60, b: 100 })),
    ];
    const runs = [run('行政复议', 52, 86), run('结果', 52, 66), run('维持', 52, 50), run('行政诉讼', 152, 86), run('直接起诉', 152, 66)];
    const items = readingOrder([page(1, [run('四、政府信息公开行政复议、行政诉讼情况', 50, 120), ...runs], rules)]);
    const { grid } = items.find((it): it is PdfItem & { kind: 'table' } => it.kind === 'table')!;
    expect(grid.slots.map((row) => row.map((c) => c!.text))).toEqual([['行政复议', '行政诉讼'], ['结果维持', '直接起诉']]);
    expect(items.filter((it) => it.kind === 'line').length).toBe(1);
  });

  it('writes radicals a font maps for characters as the characters', () => {
    expect(unifyRadicals('中华⼈⺠共和国政府⻔⼾⽹站')).toBe('中华人民共和国政府门户网站');
    expect(unifyRadicals('２０２３年')).toBe('２０２３年');
  });
});
