import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/add-days';
import type { ProgressInput } from '../schemas/progress';
import { analyzeProgress } from './analyze-progress';
import { LANGUAGES } from './format-words';
import { progressStatusLabel } from './progress-status-label';

const BASELINE_DATE = '2026-01-05';

function input(values: readonly number[], direction: 'increase' | 'decrease'): ProgressInput {
  return {
    direction,
    baseline: { date: BASELINE_DATE, value: 20 },
    goal: { date: '2026-05-25', value: direction === 'increase' ? 60 : 0 },
    points: values.map((value, i) => ({ date: addDays(BASELINE_DATE, 7 * (i + 1)), value })),
    phaseChanges: [],
    introduced: true,
  };
}

describe('the progress sentence in every reading language', () => {
  it('reads the spec sample in Vietnamese, Chinese and Arabic, with its numbers and dates', () => {
    const result = analyzeProgress(input([20, 24, 22, 27, 25, 29, 31, 28, 33], 'increase'), addDays(BASELINE_DATE, 63));
    const { explanations } = result;
    expect(explanations.en).toBe(result.explanation);
    expect(explanations.es).toBe(result.explanationEs);
    expect(explanations.vi).toMatch(/^Chưa tiến bộ đủ để đạt mục tiêu: /);
    expect(explanations.vi).toContain('0.83 đến 1.97');
    expect(explanations.vi).toContain('25 tháng 5 năm 2026');
    expect(explanations['zh-Hans']).toMatch(/^进展不足以达成目标：.*。$/);
    expect(explanations['zh-Hans']).toContain('2026年5月25日');
    expect(explanations.ar).toMatch(/^لا يحرز تقدمًا كافيًا لتحقيق الهدف: /);
    expect(explanations.ar).toContain('25 مايو 2026');
  });

  it('gives every status a sentence in every language, none left in English', () => {
    const values = fc.array(fc.integer({ min: 0, max: 80 }), { minLength: 0, maxLength: 14 });
    fc.assert(
      fc.property(values, fc.boolean(), fc.integer({ min: 0, max: 30 }), (scores, isIncrease, weeks) => {
        const result = analyzeProgress(
          input(scores, isIncrease ? 'increase' : 'decrease'),
          addDays(BASELINE_DATE, 7 * weeks),
        );
        for (const language of LANGUAGES) {
          const text = result.explanations[language] ?? '';
          expect(text.length).toBeGreaterThan(20);
          expect(text).not.toMatch(/undefined|\$\{/);
          // The points used are named in every sentence that judges the data.
          if (result.status === 'insufficient-data') expect(text).toContain(String(result.pointsUsed));
        }
        for (const language of ['vi', 'zh-Hans', 'ar'] as const) {
          expect(result.explanations[language]).not.toBe(result.explanation);
          expect(progressStatusLabel(result, { language }).text).not.toBe(progressStatusLabel(result).text);
        }
      }),
      { numRuns: 60 },
    );
  });
});
