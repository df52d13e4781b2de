import { describe, expect, it } from 'vitest';
import { jurisdictionFacts } from '../law/jurisdiction-facts';
import { LETTER_KINDS, LETTER_LANGUAGES } from '../schemas/letters';
import { composeLetter } from './compose-letter';
import { givenNameOf, nameOnceThenGiven } from './child-name';
import { buildLetterInput } from './letter-input-builder';

// Issue #17, point 5: every kind of letter (the registry, so a kind added later is held to the same
// rules) names the child in full once and by the given name after that, and has a full recipient block.
const EVERY = LETTER_KINDS.flatMap((kind) => LETTER_LANGUAGES.map((language) => [kind, language] as const));

function count(text: string, word: string): number {
  return text.split(word).length - 1;
}

describe('letter quality, every kind and language', () => {
  it.each(EVERY)('%s (%s) names the child in full once in the body, then by the given name', (kind, language) => {
    const letter = composeLetter(buildLetterInput(kind, { language }), jurisdictionFacts('TX'));
    const body = letter.paragraphs.map((paragraph) => paragraph.text).join('\n');
    expect(count(body, 'Maya Ortiz')).toBe(1);
    // The first mention is the full name: nothing says "Maya" before it.
    expect(body.indexOf('Maya')).toBe(body.indexOf('Maya Ortiz'));
    expect(count(body, 'Maya')).toBeGreaterThan(1);
    expect(letter.signatureLines.join('\n')).not.toContain('Maya Ortiz');
    expect(letter.signatureLines.at(-1)).toMatch(/ Maya$/);
    // The subject files the letter under the full name.
    expect(letter.subject).toContain('Maya Ortiz');
  });

  it.each(EVERY)('%s (%s) uses the given name the record holds', (kind, language) => {
    const base = buildLetterInput(kind, { language });
    const input = { ...base, student: { ...base.student, name: 'María José Ortiz', givenName: 'María José' } };
    const letter = composeLetter(input, jurisdictionFacts('CA'));
    const body = letter.paragraphs.map((paragraph) => paragraph.text).join('\n');
    expect(count(body, 'María José Ortiz')).toBe(1);
    expect(body).not.toMatch(/María(?! José)/);
    expect(letter.signatureLines.at(-1)).toMatch(/ María José$/);
  });

  it.each(EVERY)('%s (%s) has a recipient block: name, title, school, district, address', (kind, language) => {
    const input = buildLetterInput(kind, {
      language,
      recipient: {
        name: 'Dana Whitfield',
        title: 'Principal',
        school: 'Lincoln Elementary',
        addressLines: ['400 Main Street', 'Riverbend, TX 75001'],
      },
    });
    const letter = composeLetter(input, jurisdictionFacts('TX'));
    expect(letter.recipientLines).toEqual([
      'Dana Whitfield',
      'Principal',
      'Lincoln Elementary',
      'Riverbend Unified School District',
      '400 Main Street',
      'Riverbend, TX 75001',
    ]);
    expect(letter.plainText).toContain(letter.recipientLines.join('\n'));
  });
});

describe('nameOnceThenGiven', () => {
  it('leaves names inside longer words alone and keeps citations', () => {
    const paragraphs = [
      { text: 'About Ana Ruiz and Ana Ruizes.', citations: ['34 CFR 300.1'] },
      { text: 'Ana Ruiz reads; Ana Ruiz writes.', citations: [] },
    ];
    expect(nameOnceThenGiven(paragraphs, 'Ana Ruiz', 'Ana')).toEqual([
      { text: 'About Ana Ruiz and Ana Ruizes.', citations: ['34 CFR 300.1'] },
      { text: 'Ana reads; Ana writes.', citations: [] },
    ]);
  });

  it('changes nothing for a one-word name', () => {
    const paragraphs = [{ text: 'Zoë and Zoë.', citations: [] }];
    expect(nameOnceThenGiven(paragraphs, 'Zoë', givenNameOf({ name: 'Zoë' }))).toEqual(paragraphs);
  });
});
