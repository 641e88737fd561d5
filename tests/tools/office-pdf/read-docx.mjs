// A .docx's body as the office-style PDF writer lays it out: paragraphs (text, alignment, heading
// level) and tables (grid widths, rows of cells with their spans, vertical merges and alignment).
// Read with saxes into a small element tree. A table that holds a table is a page's layout table:
// its cells' content is laid out in order, as the content it frames.
import { unzipSync, strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';

/** The XML as a tree of { name, attrs, children } with text nodes as strings. */
function xmlTree(xml) {
  const parser = new SaxesParser();
  const root = { name: '#root', attrs: {}, children: [] };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const el = { name: tag.name, attrs: tag.attributes, children: [] };
    stack[stack.length - 1].children.push(el);
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', (t) => stack[stack.length - 1].children.push(t));
  parser.write(xml).close();
  return root;
}

const kids = (el, name) => el.children.filter((c) => typeof c !== 'string' && c.name === name);
const kid = (el, name) => kids(el, name)[0];
const find = (el, name) => {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) return c;
    const deep = find(c, name);
    if (deep) return deep;
  }
  return undefined;
};

/** A paragraph's text (a break, w:br, starts a new line; a tab is a space) and the text frames
 *  anchored in it (w:txbxContent; of an mc:AlternateContent, its first choice only), which are laid
 *  out after it as blocks of their own. */
function paragraph(p) {
  let text = '';
  const frames = [];
  const walk = (el) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'w:t') text += c.children.filter((s) => typeof s === 'string').join('');
      else if (c.name === 'w:br') text += '\n';
      else if (c.name === 'w:tab') text += ' ';
      else if (c.name === 'w:txbxContent') frames.push(...blocks(c));
      else if (c.name === 'mc:AlternateContent') walk(c.children.find((k) => typeof k !== 'string') ?? { children: [] });
      else if (!['w:pPr', 'w:rPr', 'w:instrText', 'w:delText'].includes(c.name)) walk(c);
    }
  };
  walk(p);
  const pPr = kid(p, 'w:pPr');
  const style = pPr && kid(pPr, 'w:pStyle')?.attrs['w:val'];
  const jc = (pPr && kid(pPr, 'w:jc')?.attrs['w:val']) ?? 'left';
  const level = /^Heading(\d)$/.exec(style ?? '')?.[1];
  return [{ kind: 'p', text, jc, heading: level ? Number(level) : 0 }, ...frames];
}

/** The blocks of a body or a cell, in order. */
function blocks(container) {
  const out = [];
  for (const c of container.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:p') out.push(...paragraph(c));
    else if (c.name === 'w:tbl') out.push(...table(c));
    else if (c.name === 'w:sdt') out.push(...blocks(kid(c, 'w:sdtContent') ?? c));
  }
  return out;
}

function table(tbl) {
  // A layout table: what its cells hold, in reading order.
  if (kids(tbl, 'w:tr').some((tr) => kids(tr, 'w:tc').some((tc) => find(tc, 'w:tbl')))) {
    return kids(tbl, 'w:tr').flatMap((tr) => kids(tr, 'w:tc').flatMap((tc) => blocks(tc)));
  }
  const grid = kids(kid(tbl, 'w:tblGrid') ?? { children: [] }, 'w:gridCol').map((g) => Number(g.attrs['w:w']) / 20);
  const rows = kids(tbl, 'w:tr').map((tr) => kids(tr, 'w:tc').map((tc) => {
    const pr = kid(tc, 'w:tcPr') ?? { children: [] };
    const vMerge = kid(pr, 'w:vMerge');
    const paras = kids(tc, 'w:p').map((p) => paragraph(p)[0]);
    return {
      span: Number(kid(pr, 'w:gridSpan')?.attrs['w:val'] ?? 1),
      vMerge: vMerge ? (vMerge.attrs['w:val'] === 'restart' ? 'restart' : 'continue') : null,
      vAlign: kid(pr, 'w:vAlign')?.attrs['w:val'] ?? 'top',
      text: paras.map((p) => p.text).join('\n'),
      jc: paras[0]?.jc ?? 'left',
    };
  }));
  return [{ kind: 'table', grid, rows }];
}

/** The .docx's body blocks and its title (core properties). */
export function readDocx(bytes) {
  const files = unzipSync(bytes);
  const body = find(xmlTree(strFromU8(files['word/document.xml'])), 'w:body');
  const core = files['docProps/core.xml'] ? strFromU8(files['docProps/core.xml']) : '';
  const raw = /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? '';
  const title = raw.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return { title, blocks: blocks(body) };
}
