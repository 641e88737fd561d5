// What word/styles.xml says about a paragraph style: its heading level (outline level or a
// "heading N" / 「标题 N」 name, through the styles it is based on) and the list it numbers.
import type { XmlElement } from './xml';
import { child, childElements, childVal } from './xml';

export interface NumberingRef {
  numId: string;
  level: number;
}

interface StyleDef {
  basedOn: string | undefined;
  outline: number | undefined;
  name: string;
  numbering: Partial<NumberingRef> | undefined;
}

export interface Styles {
  /** 1–9, or null for body text. */
  headingLevel(styleId: string | undefined): number | null;
  numbering(styleId: string | undefined): Partial<NumberingRef> | undefined;
}

const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/i;

export function numPrOf(pPr: XmlElement | undefined): Partial<NumberingRef> | undefined {
  const numPr = child(pPr, 'w:numPr');
  if (!numPr) return undefined;
  const numId = childVal(numPr, 'w:numId');
  const ilvl = childVal(numPr, 'w:ilvl');
  return { ...(numId === undefined ? {} : { numId }), ...(ilvl === undefined ? {} : { level: Number(ilvl) || 0 }) };
}

export function outlineOf(pPr: XmlElement | undefined): number | undefined {
  const v = childVal(pPr, 'w:outlineLvl');
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 && n <= 9 ? n : undefined;
}

export function readStyles(root: XmlElement | null): Styles {
  const defs = new Map<string, StyleDef>();
  for (const s of root ? childElements(root) : []) {
    if (s.name !== 'w:style' || (s.attrs.type ?? 'paragraph') !== 'paragraph' || !s.attrs.styleId) continue;
    const pPr = child(s, 'w:pPr');
    defs.set(s.attrs.styleId, {
      basedOn: childVal(s, 'w:basedOn'), outline: outlineOf(pPr), name: childVal(s, 'w:name') ?? '', numbering: numPrOf(pPr),
    });
  }
  /** The first answer up the basedOn chain (a chain that loops is cut). */
  const up = <T>(styleId: string | undefined, read: (d: StyleDef) => T | undefined): T | undefined => {
    const seen = new Set<string>();
    for (let id = styleId; id !== undefined && !seen.has(id); id = defs.get(id)?.basedOn) {
      seen.add(id);
      const d = defs.get(id);
      const v = d ? read(d) : undefined;
      if (v !== undefined) return v;
    }
    return undefined;
  };
  return {
    headingLevel(styleId) {
      const level = up(styleId, (d) => {
        if (d.outline !== undefined) return d.outline + 1;
        const m = d.name.match(HEADING_NAME);
        return m ? Number(m[1]) : undefined;
      });
      return level !== undefined && level <= 9 ? level : null;
    },
    numbering: (styleId) => up(styleId, (d) => d.numbering),
  };
}
