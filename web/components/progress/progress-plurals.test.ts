import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import progressEnglish from '../../i18n/progress.en.json';
import progressSpanish from '../../i18n/progress.es.json';

// The import's counts agree with their numbers in both languages: "1 ya registrado", "2 ya registrados".
async function translator(language: 'en' | 'es') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { en: { translation: progressEnglish }, es: { translation: progressSpanish } },
    interpolation: { escapeValue: false },
  });
  return (count: number, already: number) =>
    instance.t('progress.csv.imported', {
      count,
      already: instance.t('progress.csv.alreadySkipped', { count: already }),
    });
}

describe('progress import counts', () => {
  it('are singular for one and plural otherwise, in English', async () => {
    const t = await translator('en');
    expect(t(1, 1)).toBe('1 score imported (1 already recorded, skipped). The status and graph are updated.');
    expect(t(4, 0)).toBe('4 scores imported (0 already recorded, skipped). The status and graph are updated.');
  });

  it('are singular for one and plural otherwise, in Spanish', async () => {
    const t = await translator('es');
    expect(t(1, 1)).toBe('Se importó 1 resultado (1 ya registrado, omitido). El estado y la gráfica están al día.');
    expect(t(3, 2)).toBe(
      'Se importaron 3 resultados (2 ya registrados, omitidos). El estado y la gráfica están al día.',
    );
  });
});
