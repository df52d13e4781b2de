import { describe, expect, it } from 'vitest';
import { joinList } from './join-list';

describe('joinList', () => {
  it('joins with "and" / "y"', () => {
    expect(joinList([], 'en')).toBe('');
    expect(joinList(['reading'], 'en')).toBe('reading');
    expect(joinList(['reading', 'math'], 'en')).toBe('reading and math');
    expect(joinList(['reading', 'writing', 'math'], 'en')).toBe('reading, writing and math');
    expect(joinList(['lectura', 'escritura', 'matemáticas'], 'es')).toBe('lectura, escritura y matemáticas');
  });

  it('uses "e" before an /i/ sound in Spanish', () => {
    expect(joinList(['lectura', 'interacción'], 'es')).toBe('lectura e interacción');
    expect(joinList(['arte', 'historia'], 'es')).toBe('arte e historia');
    expect(joinList(['agua', 'hielo'], 'es')).toBe('agua y hielo');
  });
});
