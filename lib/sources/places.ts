// A source's index from model addresses to its own references (an Element for HTML): filled by the
// parsers as they read, read when findings are drawn.
import type { Address } from '../result/address-schema';
import { addressKey } from '../result/address';

export class PlaceIndex<R> {
  private readonly refs = new Map<string, R>();

  set(address: Address, ref: R): void {
    this.refs.set(addressKey(address), ref);
  }

  get(address: Address): R | undefined {
    return this.refs.get(addressKey(address));
  }
}
