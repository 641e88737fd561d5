// The rule registry against the rule files and the rule catalog (shared/spec/rules.md: wave 1, and
// the wave 2 rules built so far).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES, ruleById } from '../../../lib/rules';
import type { Rule } from '../../../lib/rule-kit/types';

/** Wave 1 of shared/spec/rules.md, in catalog order (copied: tests must not read ../shared), with
 *  one rule the catalog does not have: `table-cut` (a file whose table the page's right edge cut),
 *  beside `table-image`, which reports the other table a file holds but cannot be checked. */
const WAVE_1 = [
  'report-year-missing', 'template-year-mismatch', 'template-mixed', 'report-old-format',
  'section-missing', 'section-number-wrong', 'section-number-missing', 'section-order', 's5-empty', 'label-variant',
  'table-missing', 'table-image', 'table-cut', 'table-split', 'row-missing', 'column-missing', 'row-unexpected',
  'cell-empty-block', 'cell-empty-total', 'cell-empty', 'cell-placeholder', 'cell-non-numeric', 'cell-malformed-number',
  'cell-negative', 'cell-non-integer', 'cell-unit-inline',
  't3-balance', 't3-row-total', 't3-results-total', 't4-review-total', 't4-direct-total', 't4-after-review-total',
  't2-valid-floor', 't2-2019-total-ge-new', 't2-2019-count-nonneg',
  's6-fee-statement-missing', 'date-missing', 'date-before-period-end', 'date-late', 'date-future',
];

/** Wave 2 of rules.md, "Prose against tables", in catalog order. */
const WAVE_2_PROSE = ['text-count-mismatch', 'text-percent-mismatch', 'text-none-but-table'];
/** Wave 2 of rules.md, "Across years", in catalog order. */
const WAVE_2_ACROSS_YEARS = ['x-carry-over', 'x-in-force', 'x-prev-items', 'x-jump'];

/** The catalog this build implements, in order. */
const CATALOG = [...WAVE_1, ...WAVE_2_PROSE, ...WAVE_2_ACROSS_YEARS];

/** Rules whose severity rules.md states. */
const SEVERITY: Record<string, 'error' | 'warning' | 'info'> = {
  'report-year-missing': 'warning', 'template-year-mismatch': 'error', 'template-mixed': 'warning', 'report-old-format': 'info',
  'section-missing': 'error', 'section-number-wrong': 'warning', 'section-number-missing': 'warning', 'section-order': 'warning',
  's5-empty': 'warning', 'label-variant': 'info',
  'table-missing': 'error', 'table-image': 'warning', 'table-cut': 'warning', 'table-split': 'info', 'row-missing': 'error', 'column-missing': 'error', 'row-unexpected': 'info',
  'cell-empty-block': 'error', 'cell-empty-total': 'error', 'cell-empty': 'info', 'cell-placeholder': 'info', 'cell-non-numeric': 'error',
  'cell-malformed-number': 'warning', 'cell-negative': 'error', 'cell-non-integer': 'error', 'cell-unit-inline': 'info',
  't3-balance': 'error', 't3-row-total': 'error', 't3-results-total': 'error', 't4-review-total': 'error', 't4-direct-total': 'error',
  't4-after-review-total': 'error', 't2-valid-floor': 'warning', 't2-2019-total-ge-new': 'warning', 't2-2019-count-nonneg': 'error',
  's6-fee-statement-missing': 'warning', 'date-missing': 'warning', 'date-before-period-end': 'error', 'date-late': 'warning',
  'date-future': 'warning',
  'text-count-mismatch': 'warning', 'text-percent-mismatch': 'warning', 'text-none-but-table': 'warning',
  'x-carry-over': 'error', 'x-in-force': 'warning', 'x-prev-items': 'warning', 'x-jump': 'info',
};

const RULES_DIR = fileURLToPath(new URL('../../../lib/rules/', import.meta.url));

function isRule(x: unknown): x is Rule {
  return !!x && typeof x === 'object' && 'meta' in x && 'check' in x && typeof (x as Rule).check === 'function';
}

async function ruleFiles(): Promise<{ file: string; rule: Rule }[]> {
  const out: { file: string; rule: Rule }[] = [];
  for (const file of readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts')).sort()) {
    const mod = (await import(`${RULES_DIR}${file}`)) as { default?: unknown };
    if (isRule(mod.default)) out.push({ file, rule: mod.default });
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('rule registry', () => {
  it('holds every rule file that default-exports a rule, exactly once', async () => {
    const files = await ruleFiles();
    for (const { file, rule } of files) {
      expect({ file, times: RULES.filter((r) => r === rule).length }).toEqual({ file, times: 1 });
    }
    expect(RULES.length).toBe(files.length);
  });

  it('names each rule after its file', async () => {
    for (const { file, rule } of await ruleFiles()) expect(`${rule.meta.id}.ts`).toBe(file);
  });

  it('has unique ids', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(RULE_IDS).toEqual(RULES.map((r) => r.meta.id));
  });

  it('has exactly the wave 1 and the wave 2 ids of rules.md built', () => {
    expect([...RULE_IDS].sort()).toEqual([...CATALOG].sort());
  });

  it('lists the rules in the order of the rule catalog (as index.ts documents)', () => {
    expect(RULE_IDS).toEqual(CATALOG);
  });

  it('finds each rule by id', () => {
    for (const id of CATALOG) expect(ruleById(id)?.meta.id).toBe(id);
    expect(ruleById('no-such-rule')).toBeUndefined();
  });

  describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
    it('has the severity and the wave of rules.md', () => {
      expect(rule.meta.severity).toBe(SEVERITY[id]);
      expect(rule.meta.wave).toBe(WAVE_1.includes(id) ? 1 : 2);
    });

    it('needs last year’s report exactly when it is an across-years rule', () => {
      expect(rule.meta.requires ?? []).toEqual(WAVE_2_ACROSS_YEARS.includes(id) ? ['previous'] : []);
    });

    it('has a zh and an en title and description', () => {
      for (const text of [rule.meta.title, rule.meta.description]) {
        expect(text.zh.trim().length).toBeGreaterThan(0);
        expect(text.en.trim().length).toBeGreaterThan(0);
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en).toMatch(/[A-Za-z]{3,}/);
        expect(text.en).not.toBe(text.zh);
      }
    });

    it('has messages in zh and en with the same placeholders', () => {
      const entries = Object.entries(rule.meta.messages);
      expect(entries.length).toBeGreaterThan(0);
      for (const [key, text] of entries) {
        expect({ key, zh: text.zh.trim().length > 0, en: text.en.trim().length > 0 }).toEqual({ key, zh: true, en: true });
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
        expect({ key, en: placeholders(text.en) }).toEqual({ key, en: placeholders(text.zh) });
      }
    });
  });
});
