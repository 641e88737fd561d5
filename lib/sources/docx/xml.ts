// A part of the package (word/document.xml, styles.xml …) as a small element tree, read with saxes
// (a strict, namespace-aware XML parser). Elements are named by namespace and local name, so a
// file that binds WordprocessingML to another prefix, or uses the Strict namespace, reads the same.
import { SaxesParser } from 'saxes';

/** WordprocessingML, transitional and strict, under one name. */
export const W = 'w';
const NAMESPACES: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': W,
  'http://purl.oclc.org/ooxml/wordprocessingml/main': W,
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties': 'cp',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties': 'custom',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes': 'vt',
};

export interface XmlElement {
  /** `prefix:local` with the namespace's conventional prefix above, else the local name alone. */
  name: string;
  /** Attributes by local name (w:val → val). */
  attrs: Readonly<Record<string, string>>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Bytes of an XML part as text: UTF-8, or UTF-16 by its byte-order mark. */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** The part's root element. Throws on XML that is not well formed. Prefixes are resolved here
 *  (saxes's own namespace mode costs twice the time on a large document). */
export function parseXml(bytes: Uint8Array): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const open: XmlElement[] = [root];
  // The prefix → conventional name bindings in scope, one map per open element that declares any.
  const scopes: { depth: number; names: Map<string, string | null> }[] = [];
  const resolve = (prefix: string): string | null | undefined => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const v = scopes[i]!.names.get(prefix);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    let declared: Map<string, string | null> | null = null;
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        (declared ??= new Map()).set(name === 'xmlns' ? '' : name.slice(6), NAMESPACES[value] ?? null);
      } else attrs[name.slice(name.indexOf(':') + 1)] = value;
    }
    if (declared) scopes.push({ depth: open.length, names: declared });
    const colon = tag.name.indexOf(':');
    const local = colon < 0 ? tag.name : tag.name.slice(colon + 1);
    const ns = resolve(colon < 0 ? '' : tag.name.slice(0, colon));
    const el: XmlElement = { name: ns ? `${ns}:${local}` : local, attrs, children: [] };
    open[open.length - 1]!.children.push(el);
    open.push(el);
  });
  parser.on('closetag', () => {
    open.pop();
    if (scopes.length > 0 && scopes[scopes.length - 1]!.depth === open.length) scopes.pop();
  });
  const text = (t: string) => void open[open.length - 1]!.children.push(t);
  parser.on('text', text);
  parser.on('cdata', text);
  parser.write(decodeXml(bytes)).close();
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!first) throw new Error('no root element');
  return first;
}

export function childElements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** The text directly inside an element. */
export function ownText(el: XmlElement): string {
  let out = '';
  for (const c of el.children) if (typeof c === 'string') out += c;
  return out;
}

/** w:val of a child such as <w:pStyle w:val="Heading1"/>. */
export function childVal(el: XmlElement | undefined, name: string): string | undefined {
  return child(el, name)?.attrs.val;
}
