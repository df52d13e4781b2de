import { describe, expect, it } from 'vitest';
import { describeInput, QUOTE_LIMIT } from './describe-input';

/** A list nested `levels` deep, built without recursion (as a parser would hand it over). */
function nested(levels: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < levels; i += 1) value = [value];
  return value;
}

describe('describeInput', () => {
  it('quotes small values as JSON', () => {
    expect(describeInput('3/4/2026')).toBe('"3/4/2026"');
    expect(describeInput(42)).toBe('42');
    expect(describeInput(undefined)).toBe('nothing');
    expect(describeInput(null)).toBe('null');
    expect(describeInput({ date: 'x', value: [1, 2] })).toBe('{"date":"x","value":[1,2]}');
  });

  it('quotes only the start of a 900 KB string', () => {
    const text = describeInput('x'.repeat(900_000));
    expect(text.length).toBeLessThanOrEqual(QUOTE_LIMIT + 4);
    expect(text.startsWith('"xxx')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
  });

  it('describes 100,000 levels of nesting and a huge list without overflowing the stack', () => {
    const deep = describeInput(nested(100_000));
    expect(deep).toBe(`${'['.repeat(QUOTE_LIMIT)}…`);
    const wide = describeInput(Array.from({ length: 200_000 }, (_, i) => i));
    expect(wide.length).toBeLessThanOrEqual(QUOTE_LIMIT + 1);
  });
});
