import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import english from './en.json';
import spanish from './es.json';
import { ruleBasisText } from './rule-basis';

async function translatorFor(language: 'en' | 'es') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { en: { translation: english }, es: { translation: spanish } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('ruleBasisText', () => {
  it('says a clock counted back from a meeting ends before the meeting, in English and Spanish', async () => {
    expect(ruleBasisText('tx.meeting-documents', 'fallback', await translatorFor('en'))).toBe(
      '5 school days before the meeting',
    );
    expect(ruleBasisText('dc.meeting-documents', 'fallback', await translatorFor('es'))).toBe(
      '5 días hábiles antes de la reunión',
    );
  });

  it('leaves a forward clock as its count, and an unknown rule as the API said it', async () => {
    const t = await translatorFor('en');
    expect(ruleBasisText('idea.initial-evaluation', 'fallback', t)).toBe('60 calendar days');
    expect(ruleBasisText('xx.not-a-rule', '30 days', t)).toBe('30 days');
  });
});
