// The DOM surface the HTML source reads: a browser's live document, jsdom, or the command line's
// own light tree all provide it. Nothing outside lib/sources/html reads a page's nodes.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface HtmlNode {
  readonly nodeType: number;
  /** Text of a text node; null for elements. */
  readonly nodeValue: string | null;
  readonly parentNode: HtmlNode | null;
  readonly firstChild: HtmlNode | null;
  readonly nextSibling: HtmlNode | null;
}

export interface HtmlElement extends HtmlNode {
  /** Upper case for HTML elements (a browser's and jsdom's `tagName`). */
  readonly tagName: string;
  readonly firstElementChild: HtmlElement | null;
  readonly nextElementSibling: HtmlElement | null;
  /** The concatenated text of every descendant text node. */
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  /** Descendants with this tag (lower-case name), in document order. */
  getElementsByTagName(tag: string): TagList;
}

export interface HtmlDocument {
  /** The text of the first <title>, whitespace collapsed. */
  readonly title: string;
  readonly documentElement: HtmlElement | null;
  readonly head: HtmlElement | null;
  readonly body: HtmlElement | null;
  getElementsByTagName(tag: string): TagList;
}

/** Elements by tag: a browser's live HTMLCollection (with item()), or the light tree's array. */
export type TagList = ArrayLike<HtmlElement> & { item?(index: number): HtmlElement | null };

/** The index-th element of a tag list, read with item() where the list has it: in Chromium an
 *  indexed read of a live list (`list[i]`) first counts the whole list, a walk of the whole
 *  document on a huge page; item(i) stops at the element. */
export function nth(list: TagList, index: number): HtmlElement | null {
  return list.item ? list.item(index) : (list[index] ?? null);
}
