// bodyKey: the agency of the title, normalised, so that one body's reports match across years.
import { describe, expect, it } from 'vitest';
import { bodyKey } from '../../../lib/years/body';

describe('bodyKey', () => {
  it.each([
    ['互助县 教育局', '互助县教育局'],
    ['互助县\u3000教育局', '互助县教育局'],
    ['中共互助县委·教育局', '中共互助县委教育局'],
    ['互助县（土族自治县）教育局', '互助县土族自治县教育局'],
    ['互助县(土族自治县)教育局', '互助县土族自治县教育局'],
    ['ＸＸ市第１中学', 'XX市第1中学'],
    ['“宁安市”生态环境局。', '宁安市生态环境局'],
  ])('reads 「%s」 as 「%s」', (agency, key) => {
    expect(bodyKey({ agency })).toBe(key);
  });

  it('tells different bodies apart', () => {
    expect(bodyKey({ agency: '互助县教育局' })).not.toBe(bodyKey({ agency: '互助县卫生健康局' }));
  });

  it('is null when the body is unknown', () => {
    expect(bodyKey({ agency: null })).toBeNull();
    expect(bodyKey({ agency: '' })).toBeNull();
    expect(bodyKey({ agency: ' 、—' })).toBeNull();
  });
});
