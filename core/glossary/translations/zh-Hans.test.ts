import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../glossary';
import { CHINESE_GLOSSARY } from './zh-Hans';

// The terms every translator shares (issue 22): a Chinese page must not say them another way.
const SEED_TERMS = [
  'Individualized Education Program (IEP)',
  '504 plan',
  'special education',
  'related services',
  'free appropriate public education (FAPE)',
  'least restrictive environment',
  'prior written notice',
  'procedural safeguards',
  'due process hearing',
  'state complaint',
  'Office for Civil Rights (OCR)',
  'evaluation / reevaluation',
  'independent educational evaluation (IEE)',
  'accommodations',
  'annual goal',
  'progress report',
  'consent',
  'parent',
  'deadline',
  'school days / business days / calendar days',
  'education records',
  'transition services',
  'compensatory services',
  'case manager',
  'advocate',
];

describe('the Chinese (Simplified) glossary', () => {
  it('has every seed term once, each with a term and an honest source', () => {
    for (const en of SEED_TERMS) {
      const entries = CHINESE_GLOSSARY.filter((entry) => entry.en === en);
      expect(entries, en).toHaveLength(1);
    }
    for (const entry of CHINESE_GLOSSARY) {
      expect(entry.term.trim(), entry.en).not.toBe('');
      // Nobody could open the official documents while writing: nothing claims to have been checked against one.
      expect(entry.check, entry.en).not.toBe('read');
      expect(entry.officialSource === null, entry.en).toBe(entry.check === 'team');
    }
  });

  it('has every term of the glossary page', () => {
    for (const entry of GLOSSARY) {
      const names = [entry.term.en, entry.expansion.en].map((name) => name.toLowerCase());
      const found = CHINESE_GLOSSARY.some((translation) => {
        const en = translation.en.toLowerCase();
        return names.some((name) => en === name || en.startsWith(`${name} (`));
      });
      expect(found, entry.id).toBe(true);
    }
  });
});
