// The command line's own document tree: just the surface of dom.ts, with a browser's semantics, and
// nothing else (no style, script, layout, events or live collections). The builder (build-document.ts)
// links nodes while parse5 parses and seals the tree once; it never changes after that, so answers
// such as getElementsByTagName are cached without invalidation.
import { ELEMENT_NODE, TEXT_NODE } from './dom';
import type { HtmlDocument, HtmlElement, HtmlNode } from './dom';

export const COMMENT_NODE = 8;
const DOCUMENT_NODE = 9;
export const DOCUMENT_TYPE_NODE = 10;
const DOCUMENT_FRAGMENT_NODE = 11;

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** An attribute as parse5 gives it; foreign attributes (xlink:href) carry a prefix. */
export interface LightAttribute {
  name: string;
  value: string;
  prefix?: string;
}

export abstract class LightNode implements HtmlNode {
  abstract readonly nodeType: number;
  parentNode: LightParent | null = null;
  // On every node, children or not, so that walks read one shape of object.
  firstChild: LightNode | null = null;
  nextSibling: LightNode | null = null;
  previousSibling: LightNode | null = null;

  get nodeValue(): string | null {
    return null;
  }
}

/** Text and comments: character data. */
abstract class LightCharacterData extends LightNode {
  constructor(public data: string) {
    super();
  }

  override get nodeValue(): string {
    return this.data;
  }
}

export class LightText extends LightCharacterData {
  readonly nodeType = TEXT_NODE;
}

export class LightComment extends LightCharacterData {
  readonly nodeType = COMMENT_NODE;
}

export class LightDocumentType extends LightNode {
  readonly nodeType = DOCUMENT_TYPE_NODE;
  constructor(public name: string) {
    super();
  }
}

/** Every element of one tree (a document, or a template's content) by local name, in tree order. */
type TagIndex = Map<string, LightElement[]>;

/** A node that holds children: a doubly linked list, so the parser's moves (foster parenting, the
 *  adoption agency) cost O(1) where an array would shift. */
export abstract class LightParent extends LightNode {
  lastChild: LightNode | null = null;

  appendChild(node: LightNode): void {
    this.insertBefore(node, null);
  }

  insertBefore(node: LightNode, ref: LightNode | null): void {
    const prev = ref ? ref.previousSibling : this.lastChild;
    node.parentNode = this;
    node.previousSibling = prev;
    node.nextSibling = ref;
    if (prev) prev.nextSibling = node;
    else this.firstChild = node;
    if (ref) ref.previousSibling = node;
    else this.lastChild = node;
  }

  removeChild(node: LightNode): void {
    if (node.previousSibling) node.previousSibling.nextSibling = node.nextSibling;
    else this.firstChild = node.nextSibling;
    if (node.nextSibling) node.nextSibling.previousSibling = node.previousSibling;
    else this.lastChild = node.previousSibling;
    node.parentNode = node.previousSibling = node.nextSibling = null;
  }

  get firstElementChild(): LightElement | null {
    return nextElement(this.firstChild);
  }

  /** Descendant elements named `tag` in tree order: a slice of the tree's index between this node's
   *  first descendant and the end of its subtree, kept for the next call. The name is matched in
   *  lower case (a browser matches mixed-case foreign names such as foreignObject as written). */
  getElementsByTagName(tag: string): LightElement[] {
    this.#byTag ??= new Map();
    let found = this.#byTag.get(tag);
    if (!found) {
      const list = this.tags!.get(asciiLower(tag)) ?? [];
      found = list.slice(firstAtOrAfter(list, this.order + 1), firstAtOrAfter(list, this.end));
      this.#byTag.set(tag, found);
    }
    return found;
  }
  #byTag: Map<string, LightElement[]> | null = null;

  /** Where this node stands in its tree's order and where its subtree ends (set by seal()). */
  order = 0;
  end = 0;
  tags: TagIndex | null = null;
}

export class LightFragment extends LightParent {
  readonly nodeType = DOCUMENT_FRAGMENT_NODE;
}

export class LightElement extends LightParent implements HtmlElement {
  readonly nodeType = ELEMENT_NODE;
  readonly tagName: string;
  /** A template's children live here, outside the tree, as in a browser. */
  content: LightFragment | null = null;

  constructor(
    readonly localName: string,
    readonly namespaceURI: string,
    readonly attrs: LightAttribute[],
  ) {
    super();
    this.tagName = namespaceURI === HTML_NS ? upperName(localName) : localName;
  }

  /** The concatenated text of every descendant text node (a browser's textContent), cached. */
  get textContent(): string {
    if (this.#text === undefined) {
      let out = '';
      for (let n = this.firstChild; n && n !== this; n = nextInTree(n, this)) if (n.nodeType === TEXT_NODE) out += (n as LightText).data;
      this.#text = out;
    }
    return this.#text;
  }
  #text: string | undefined;

  get nextElementSibling(): LightElement | null {
    return nextElement(this.nextSibling);
  }

  getAttribute(name: string): string | null {
    const wanted = this.namespaceURI === HTML_NS ? asciiLower(name) : name;
    for (const a of this.attrs) if ((a.prefix ? `${a.prefix}:${a.name}` : a.name) === wanted) return a.value;
    return null;
  }

  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }
}

export class LightDocument extends LightParent implements HtmlDocument {
  readonly nodeType = DOCUMENT_NODE;
  /** no-quirks, quirks or limited-quirks: the parser reads it back (a quirks page lets a <table> sit in a <p>). */
  mode = 'no-quirks';

  get documentElement(): LightElement | null {
    return this.firstElementChild;
  }

  get head(): LightElement | null {
    return this.#htmlChild((el) => el.tagName === 'HEAD');
  }

  get body(): LightElement | null {
    return this.#htmlChild((el) => el.tagName === 'BODY' || el.tagName === 'FRAMESET');
  }

  /** The first HTML <title>'s text, ASCII whitespace stripped and collapsed (the spec's document.title). */
  get title(): string {
    const title = this.getElementsByTagName('title').find((el) => el.namespaceURI === HTML_NS);
    if (!title) return '';
    let text = '';
    for (let c = title.firstChild; c; c = c.nextSibling) if (c.nodeType === TEXT_NODE) text += (c as LightText).data;
    return text.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
  }

  #htmlChild(match: (el: LightElement) => boolean): LightElement | null {
    const root = this.documentElement;
    if (!root || root.tagName !== 'HTML' || root.namespaceURI !== HTML_NS) return null;
    for (let c = root.firstElementChild; c; c = c.nextElementSibling) if (c.namespaceURI === HTML_NS && match(c)) return c;
    return null;
  }
}

/**
 * Numbers a finished tree in order and indexes its elements by name; a template's content gets an
 * index of its own, being a tree of its own. Called once, after parsing.
 */
export function seal(root: LightParent): void {
  const index: TagIndex = new Map();
  let order = 0;
  const enter = (node: LightParent) => {
    node.order = order++;
    node.tags = index;
    if (!(node instanceof LightElement)) return;
    let list = index.get(node.localName);
    if (!list) index.set(node.localName, (list = []));
    list.push(node);
    if (node.content) seal(node.content);
  };
  // A walk over sibling pointers with a stack of the open parents (pages nest deeply enough to
  // overflow a recursive one); a parent's subtree ends when the walk leaves it.
  enter(root);
  const open: LightParent[] = [root];
  let node = root.firstChild;
  while (open.length > 0) {
    if (!node) {
      const done = open.pop()!;
      done.end = order;
      node = done === root ? null : done.nextSibling;
      continue;
    }
    if (node instanceof LightParent) {
      enter(node);
      if (node.firstChild) {
        open.push(node);
        node = node.firstChild;
        continue;
      }
      node.end = order;
    }
    node = node.nextSibling;
  }
}

function nextElement(node: LightNode | null): LightElement | null {
  let n = node;
  while (n && n.nodeType !== ELEMENT_NODE) n = n.nextSibling;
  return n as LightElement | null;
}

/** The node after `node` in tree order, staying inside `root`. */
function nextInTree(node: LightNode, root: LightNode): LightNode | null {
  if (node.firstChild) return node.firstChild;
  for (let n: LightNode | null = node; n && n !== root; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/** The first position in `list` (in tree order) whose element's order is at least `order`. */
function firstAtOrAfter(list: LightElement[], order: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.order < order) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Names change case in ASCII only, as in the DOM (toUpperCase would turn ß into SS).
const upperNames = new Map<string, string>();

function upperName(name: string): string {
  let upper = upperNames.get(name);
  if (upper === undefined) upperNames.set(name, (upper = name.replace(/[a-z]+/g, (s) => s.toUpperCase())));
  return upper;
}

function asciiLower(s: string): string {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (c) => c.toLowerCase()) : s;
}
