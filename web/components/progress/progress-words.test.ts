import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import progressEnglish from '../../i18n/progress.en.json';
import progressSpanish from '../../i18n/progress.es.json';
import { csvProblemMessage } from './progress-issues';

async function translatorFor(language: 'en' | 'es') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { en: { translation: progressEnglish }, es: { translation: progressSpanish } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

// The import's counts agree with their numbers in both languages: "1 ya registrado", "2 ya registrados".
async function importedSentence(language: 'en' | 'es') {
  const t = await translatorFor(language);
  return (count: number, already: number) =>
    t('progress.csv.imported', { count, already: t('progress.csv.alreadySkipped', { count: already }) });
}

describe('progress import counts', () => {
  it('are singular for one and plural otherwise, in English', async () => {
    const imported = await importedSentence('en');
    expect(imported(1, 1)).toBe('1 score imported (1 already recorded, skipped). The status and graph are updated.');
    expect(imported(4, 0)).toBe('4 scores imported (0 already recorded, skipped). The status and graph are updated.');
  });

  it('are singular for one and plural otherwise, in Spanish', async () => {
    const imported = await importedSentence('es');
    expect(imported(1, 1)).toBe(
      'Se importó 1 resultado (1 ya registrado, omitido). El estado y la gráfica están al día.',
    );
    expect(imported(3, 2)).toBe(
      'Se importaron 3 resultados (2 ya registrados, omitidos). El estado y la gráfica están al día.',
    );
  });
});

describe('CSV problems', () => {
  it('write a repeated date in words, in English and Spanish', async () => {
    const problem = {
      message: '2026-10-12 appears more than once (also row 3)',
      code: 'date-twice',
      params: { date: '2026-10-12', earlierRow: 3 },
    };
    expect(csvProblemMessage(problem, await translatorFor('en'), 'en')).toBe(
      '12 October 2026 is also on row 3; there is one score per day',
    );
    expect(csvProblemMessage(problem, await translatorFor('es'), 'es')).toContain('12 de octubre de 2026');
  });
});
