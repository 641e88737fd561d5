// Every fixture page against the findings its expected file states, exactly.
import { describe, expect, it } from 'vitest';
import { auditPage as audit } from '../../lib/sources/html/page-audit';
import { AuditResultSchema } from '../../lib/result/schema';
import { FIXTURE_NOW, findingKey, fixtureNames, loadDocument, loadExpected } from '../support/fixtures';

describe.each(fixtureNames())('fixture %s', (name) => {
  const expected = loadExpected(name);
  const { result } = audit(loadDocument(name), { source: `${name}.html`, now: FIXTURE_NOW });

  it('matches the schema of result-format.md', () => {
    expect(AuditResultSchema.safeParse(result).success).toBe(true);
  });

  it('reads the report as stated', () => {
    for (const [key, value] of Object.entries(expected.report)) {
      expect({ key, value: result.report[key as keyof typeof result.report] }).toEqual({ key, value });
    }
  });

  it('finds exactly the expected findings', () => {
    const actual = result.findings.map(findingKey).sort();
    expect(actual).toEqual(expected.findings.map(findingKey).sort());
  });

  it('gives every finding a unique id', () => {
    const ids = result.findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
