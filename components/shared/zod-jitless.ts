// Zod compiles its object parsers with `new Function` where it may, and finds out by trying once,
// at the first object schema. The extension may never evaluate strings (Manifest V3's content
// security policy): in a page's isolated world the refused try is reported with its source
// position, and V8 parses the whole bundle again on the page's main thread to find it (25–45 ms
// at the auditor's load, measured). Imported before any schema is built, so zod never tries.
import { config } from 'zod';

config({ jitless: true });
