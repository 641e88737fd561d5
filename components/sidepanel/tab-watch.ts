// What the side panel follows, since it stays open: another tab activated, a tab that finished
// loading, and a page audited again (the auditor's "audited" message reaches every extension page,
// not only the background; checked with the protocol's schema like everywhere else).
import type { Browser } from 'wxt/browser';
import { ToBackgroundSchema } from '../shared/protocol';

export type TabChange =
  | { kind: 'activated'; tabId: number }
  | { kind: 'loaded'; tabId: number }
  | { kind: 'audited'; tabId: number };

/** Subscribes a listener; returns the unsubscribe. */
export type TabWatch = (listener: (change: TabChange) => void) => () => void;

type Listener<A extends unknown[]> = { addListener(fn: (...args: A) => void): void; removeListener(fn: (...args: A) => void): void };

/** The parts of the WebExtension API watched (`browser` from wxt/browser fits). */
export interface TabEventsApi {
  runtime: { id: string; onMessage: Listener<[unknown, Browser.runtime.MessageSender]> };
  tabs: {
    onActivated: Listener<[{ tabId: number }]>;
    onUpdated: Listener<[number, { status?: string }]>;
  };
}

export function watchTabs(api: TabEventsApi): TabWatch {
  return (listener) => {
    const activated = ({ tabId }: { tabId: number }) => listener({ kind: 'activated', tabId });
    const updated = (tabId: number, change: { status?: string }) => {
      if (change.status === 'complete') listener({ kind: 'loaded', tabId });
    };
    const message = (raw: unknown, sender: Browser.runtime.MessageSender) => {
      if (sender.id !== api.runtime.id || sender.tab?.id === undefined) return;
      const msg = ToBackgroundSchema.safeParse(raw);
      if (msg.success && msg.data.type === 'audited') listener({ kind: 'audited', tabId: sender.tab.id });
    };
    api.tabs.onActivated.addListener(activated);
    api.tabs.onUpdated.addListener(updated);
    api.runtime.onMessage.addListener(message);
    return () => {
      api.tabs.onActivated.removeListener(activated);
      api.tabs.onUpdated.removeListener(updated);
      api.runtime.onMessage.removeListener(message);
    };
  };
}
