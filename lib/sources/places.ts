// A source's index from model addresses to its own references (an Element for HTML): filled by the
// parsers as they read, read when findings are drawn.
import type { Address } from '../result/address-schema';
import { addressKey } from '../result/address';

/** What the drawing side reads: the reference for an address, if the source has one. */
export interface Places<R> {
  get(address: Address): R | undefined;
}

export class PlaceIndex<R> implements Places<R> {
  private readonly refs = new Map<string, R>();

  set(address: Address, ref: R): void {
    this.refs.set(addressKey(address), ref);
  }

  get(address: Address): R | undefined {
    return this.refs.get(addressKey(address));
  }
}

/** The places seen through another reference: a document shown in a viewer has its own elements
 *  for the source's references (a PDF's boxes, a Word file's paragraphs and cells). */
export function mapPlaces<R, S>(places: Places<R>, to: (ref: R) => S | undefined): Places<S> {
  return {
    get(address) {
      const ref = places.get(address);
      return ref === undefined ? undefined : to(ref);
    },
  };
}
