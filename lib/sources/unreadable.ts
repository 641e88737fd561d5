// An input that holds no report source the engine can read, with the reason as a code (the
// command line's JSON `error.code`, result-format.md) and as words in both languages.
import type { Text } from '../i18n/lang';

export type UnreadableCode = 'empty' | 'binary' | 'not-html' | 'unsupported' | 'too-large';

export class UnreadableDocument extends Error {
  constructor(
    readonly code: UnreadableCode,
    readonly text: Text,
  ) {
    super(text.en);
    this.name = 'UnreadableDocument';
  }
}
