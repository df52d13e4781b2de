import { describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES, type TextLanguage } from '../law/rule-status';
import { textOnRead, textOnReadFrom, withPlainExplanations } from './text-on-read';

const PLAIN = { en: 'en 7', es: 'es 7', vi: 'vi 7', 'zh-Hans': 'zh-Hans 7', ar: 'ar 7' };

function write(prefix: string, day: number, language: TextLanguage): string {
  return `${language}${prefix}${String(day)}`;
}

describe('a text written on read', () => {
  it('reads, lists, spreads, serialises and compares as the plain object it stands for', () => {
    const text = textOnRead(write, ' ', 7);
    expect(text.en).toBe('en 7');
    expect(text['zh-Hans']).toBe('zh-Hans 7');
    expect(Object.keys(text)).toEqual([...TEXT_LANGUAGES]);
    expect(Object.entries(text)).toEqual(Object.entries(PLAIN));
    expect({ ...text }).toEqual(PLAIN);
    expect(JSON.stringify(text)).toBe(JSON.stringify(PLAIN));
    expect(JSON.stringify({ explanation: text }, null, 2)).toBe(JSON.stringify({ explanation: PLAIN }, null, 2));
    expect(text).toEqual(PLAIN);
    expect(text).not.toEqual({ ...PLAIN, ar: 'other' });
    expect('vi' in text && 'toString' in text && !('fr' in text)).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(text, 'es')).toBe(true);
    expect(Object.getPrototypeOf(text)).toBe(Object.prototype);
  });

  it('writes each language once, only when read', () => {
    const asked: TextLanguage[] = [];
    const text = textOnReadFrom((language) => {
      asked.push(language);
      return language;
    });
    expect(asked).toEqual([]);
    expect(text.vi + text.vi).toBe('vivi');
    expect(asked).toEqual(['vi']);
  });

  it('takes a new text for a language, as a plain object would, and refuses other changes', () => {
    const text = textOnRead(write, ' ', 7) as Record<string, string>;
    text.en = 'changed';
    expect(text.en).toBe('changed');
    expect(() => {
      text.fr = 'nouveau';
    }).toThrow(TypeError);
  });

  it('is refused by structured clone (a worker thread), and its plain copy is not', () => {
    const deadline = { kind: 'annual-review', explanation: textOnRead(write, ' ', 7) };
    expect(() => structuredClone(deadline)).toThrow();
    const [copy] = withPlainExplanations([deadline]);
    expect(structuredClone(copy)).toEqual({ kind: 'annual-review', explanation: PLAIN });
    expect(JSON.stringify(copy)).toBe(JSON.stringify(deadline));
  });
});
