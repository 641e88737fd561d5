// Property tests on the number reader: any string is classified without throwing, and full-width
// and half-width forms of the same text read the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCellValue } from '../../lib/text/cell-value';

/** The full-width form of the ASCII characters in s (what many portals publish). */
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

const numberish = fc.oneof(
  fc.integer({ min: -100000, max: 100000 }).map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((d) => d.toFixed(2)),
  fc.constantFrom('00', '0 0', '1 2', '+1', '-7', '1,234', '1,234.50', '251000元', '1866.12 万元', '12件', '/', '—', '无', '不适用', 'N/A', '', ' ', '\u00a0'),
);

describe('readCellValue', () => {
  it('classifies any string without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), numberish), (s) => {
        const v = readCellValue(s);
        expect(['number', 'empty', 'placeholder', 'malformed', 'text']).toContain(v.cls);
        if (v.cls === 'number' || v.cls === 'malformed') expect(Number.isFinite(v.value)).toBe(true);
        else expect(v.value).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('reads full-width and half-width forms the same', () => {
    fc.assert(
      fc.property(numberish, (s) => {
        const half = readCellValue(s);
        const full = readCellValue(fullWidth(s));
        expect({ cls: full.cls, value: full.value, unit: full.unit }).toEqual({ cls: half.cls, value: half.value, unit: half.unit });
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['0', 'number', 0], ['12', 'number', 12], ['+1', 'number', 1], ['-7', 'number', -7], ['1,234', 'number', 1234],
    ['1866.12 万元', 'number', 1866.12], ['', 'empty', null], ['\u00a0', 'empty', null], ['/', 'placeholder', null],
    ['—', 'placeholder', null], ['无', 'placeholder', null], ['00', 'malformed', 0], ['0 0', 'malformed', 0],
    ['1 2', 'malformed', 12], ['不详', 'text', null], ['<script>alert(1)</script>', 'text', null],
  ])('%j is %s %j', (text, cls, value) => {
    const v = readCellValue(text);
    expect(v.cls).toBe(cls);
    expect(v.value).toBe(value);
  });

  it('keeps blank and zero apart', () => {
    expect(readCellValue('').cls).not.toBe(readCellValue('0').cls);
  });
});
