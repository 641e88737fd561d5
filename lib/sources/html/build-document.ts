// HTML text → the light tree (light-dom.ts), by the HTML5 parsing algorithm: parse5, the parser
// jsdom uses, so broken pages (implicit tbody, foster-parented table content, unclosed cells,
// truncated files) come out as a browser builds them. parse5 calls our tree adapter as it parses,
// so our nodes are the only tree ever built.
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap, TreeAdapter, TreeAdapterTypeMap } from 'parse5';
import type { HtmlDocument } from './dom';
import { TEXT_NODE } from './dom';
import {
  COMMENT_NODE, DOCUMENT_TYPE_NODE, LightComment, LightDocument, LightDocumentType, LightElement, LightFragment,
  LightText, seal,
} from './light-dom';
import type { LightNode, LightParent } from './light-dom';

type LightTypes = TreeAdapterTypeMap<
  LightNode, LightParent, LightNode, LightDocument, LightFragment, LightElement, LightComment, LightText, LightElement, LightDocumentType
>;
type DocumentMode = ReturnType<TreeAdapter<DefaultTreeAdapterMap>['getDocumentMode']>;

const adapter: TreeAdapter<LightTypes> = {
  createDocument: () => new LightDocument(),
  createDocumentFragment: () => new LightFragment(),
  createElement: (tagName, namespaceURI, attrs) => new LightElement(tagName, namespaceURI, attrs),
  createCommentNode: (data) => new LightComment(data),
  createTextNode: (value) => new LightText(value),

  appendChild: (parent, node) => parent.appendChild(node),
  insertBefore: (parent, node, ref) => parent.insertBefore(node, ref),
  detachNode: (node) => node.parentNode?.removeChild(node),
  // Text next to text joins it, as the parser's "insert a character" does in a browser.
  insertText(parent, text) {
    const last = parent.lastChild;
    if (last instanceof LightText) last.data += text;
    else parent.appendChild(new LightText(text));
  },
  insertTextBefore(parent, text, ref) {
    const prev = ref.previousSibling;
    if (prev instanceof LightText) prev.data += text;
    else parent.insertBefore(new LightText(text), ref);
  },
  adoptAttributes(recipient, attrs) {
    for (const a of attrs) if (!recipient.attrs.some((b) => b.name === a.name)) recipient.attrs.push(a);
  },
  setTemplateContent: (template, content) => void (template.content = content),
  getTemplateContent: (template) => template.content!,
  setDocumentType(document, name) {
    for (let c = document.firstChild; c; c = c.nextSibling) {
      if (c instanceof LightDocumentType) {
        c.name = name;
        return;
      }
    }
    document.appendChild(new LightDocumentType(name));
  },
  setDocumentMode: (document, mode) => void (document.mode = mode),
  getDocumentMode: (document) => document.mode as DocumentMode,

  getFirstChild: (node) => node.firstChild,
  getChildNodes(node) {
    const out: LightNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
    return out;
  },
  getParentNode: (node) => node.parentNode,
  getAttrList: (element) => element.attrs,
  getTagName: (element) => element.localName,
  getNamespaceURI: (element) => element.namespaceURI as ReturnType<TreeAdapter['getNamespaceURI']>,
  getTextNodeContent: (node) => node.data,
  getCommentNodeContent: (node) => node.data,
  getDocumentTypeNodeName: (node) => node.name,
  // Only the name is kept: nothing reads a doctype's identifiers.
  getDocumentTypeNodePublicId: () => '',
  getDocumentTypeNodeSystemId: () => '',

  isTextNode: (node): node is LightText => node.nodeType === TEXT_NODE,
  isCommentNode: (node): node is LightComment => node.nodeType === COMMENT_NODE,
  isDocumentTypeNode: (node): node is LightDocumentType => node.nodeType === DOCUMENT_TYPE_NODE,
  isElementNode: (node): node is LightElement => node instanceof LightElement,

  // Source locations are off (parse5's default), so these are never asked for anything.
  setNodeSourceCodeLocation: () => {},
  getNodeSourceCodeLocation: () => undefined,
  updateNodeSourceCodeLocation: () => {},
};

/** The document a browser would build from this HTML, as the light tree. Scripts never run, so the
 *  page is parsed as a browser without scripting does (as jsdom does): <noscript> holds markup. */
export function buildDocument(html: string): HtmlDocument {
  const doc = parse(html, { treeAdapter: adapter, scriptingEnabled: false });
  seal(doc);
  return doc;
}
