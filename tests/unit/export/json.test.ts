// The JSON export: the result exactly, validated, plus the auditor's dismissals.
import { describe, expect, it } from 'vitest';
import { ExportedResultSchema, toJson } from '../../../lib/export';
import { AuditResultSchema } from '../../../lib/result/schema';
import { DISMISSALS, sampleInput, sampleResult } from './sample';

describe('toJson', () => {
  it('parses, validates and holds the result exactly plus the dismissals', () => {
    const input = sampleInput();
    const text = toJson(input);
    const parsed: unknown = JSON.parse(text);
    const exported = ExportedResultSchema.parse(parsed);
    expect(exported.dismissals).toEqual(DISMISSALS);
    const { dismissals, ...rest } = exported;
    expect(dismissals).toHaveLength(1);
    expect(rest).toEqual(input.result);
    expect(AuditResultSchema.parse(rest)).toEqual(input.result);
  });

  it('is pretty-printed', () => {
    const text = toJson(sampleInput());
    expect(text).toMatch(/^\{\n {2}"schema": 1,\n/);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('keeps an empty dismissals array', () => {
    expect(JSON.parse(toJson(sampleInput({ dismissals: [] }))).dismissals).toEqual([]);
  });

  it('drops keys the schema does not know and refuses an invalid result', () => {
    const extra = { ...sampleResult(), debug: { secret: 1 } };
    expect(JSON.parse(toJson(sampleInput({ result: extra }))).debug).toBeUndefined();
    const bad = { ...sampleResult(), schema: 2 } as unknown as ReturnType<typeof sampleResult>;
    expect(() => toJson(sampleInput({ result: bad }))).toThrow();
  });
});
