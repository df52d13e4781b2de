import { describe, expect, it } from 'vitest';
import { findUnsafeText, unsafeTextProblem } from './unsafe-text';

describe('findUnsafeText', () => {
  it('names the field that holds a NUL, at any depth', () => {
    const body = { content: { goals: [{ text: 'a' }, { text: 'b' }, { text: 'c\u0000d' }] } };
    expect(findUnsafeText(body)).toEqual({
      field: 'content.goals[2].text',
      message: 'must not contain the NUL character (U+0000)',
    });
  });

  it('finds lone surrogates and bad keys, and accepts right-to-left text, emoji and pairs', () => {
    expect(findUnsafeText({ note: 'x\ud800' })?.field).toBe('note');
    expect(findUnsafeText({ note: '\udc00' })?.message).toMatch(/lone surrogate/);
    expect(findUnsafeText({ outer: { 'k\u0000': 1 } })?.field).toBe('outer');
    expect(findUnsafeText({ note: '\u200fשלום مرحبا 😀 👩‍👧', list: ['\u202eok'] })).toBeNull();
    expect(unsafeTextProblem('\ud83d\ude00')).toBeNull();
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    let value: unknown = ['\u0000'];
    for (let i = 0; i < 100_000; i += 1) value = [value];
    expect(findUnsafeText(value)?.field).toBe('[0]'.repeat(100_001));
  });
});
