import { describe, expect, it } from 'vitest';
import { checkPresentLevels } from './check-present-levels';

const ROSA =
  'Based on the fall CBM probes and a classroom observation, Rosa currently reads a grade-level passage at 48 words correct per minute, compared with the grade-level benchmark of 112. ' +
  'Her strengths include a strong vocabulary and eagerness to read aloud. ' +
  'Her reading disability affects her involvement and progress in the general education curriculum because she cannot yet read grade-level texts. ' +
  'She needs explicit instruction in decoding multisyllabic words. ' +
  'Her mother reports that Rosa avoids reading at home.';
const ROSA_GOAL =
  'By June 2027, given a grade-level passage, Rosa will read 90 words correct per minute in 3 of 4 weekly probes.';

const CAMILA =
  'Según la evaluación de otoño y los sondeos semanales, Camila lee actualmente 35 palabras correctas por minuto en un pasaje de nivel de grado; sus compañeros leen 90. ' +
  'Entre sus fortalezas están su memoria visual y su entusiasmo. ' +
  'Su discapacidad de aprendizaje afecta su participación y progreso en el currículo general porque todavía no puede leer los textos de clase. ' +
  'Necesita instrucción directa en fonética. ' +
  'Su madre comenta que Camila evita leer en casa.';
const CAMILA_GOAL =
  'Para junio de 2027, dado un pasaje de nivel de grado, Camila leerá 80 palabras correctas por minuto en 3 de 4 sondeos semanales.';

describe('checkPresentLevels', () => {
  it('finds every item of a complete English statement, with the baseline in the goal’s unit', () => {
    const result = checkPresentLevels(ROSA, { goal: ROSA_GOAL });
    expect(result.language).toBe('en');
    expect(result.baseline?.text).toBe('48 words correct per minute');
    expect(result.impact?.text).toContain('affects her involvement and progress in the general education curriculum');
    expect(result.strengths?.text).toBe('strengths');
    expect(result.needs?.text).toBe('needs explicit instruction');
    expect(result.peerComparison?.text).toBe('compared with');
    expect(result.parentInput?.text).toBe('mother reports');
    expect(result.dataSources?.text).toBe('CBM');
    expect(result.unitMatch).toBe(true);
    expect(result.vague).toEqual([]);
    expect(result.isComplete).toBe(true);
    expect(result.summary.en).toMatch(/^These present levels give a baseline number/);
  });

  it('finds every item of a complete Spanish statement', () => {
    const result = checkPresentLevels(CAMILA, { goal: CAMILA_GOAL });
    expect(result.language).toBe('es');
    expect(result.baseline?.text).toBe('35 palabras correctas por minuto');
    expect(result.impact?.text).toContain('afecta su participación y progreso en el currículo general');
    expect(result.strengths?.text).toBe('fortalezas');
    expect(result.needs?.text).toBe('Necesita');
    expect(result.parentInput?.text).toBe('madre comenta');
    expect(result.dataSources?.text).toBe('evaluación');
    expect(result.unitMatch).toBe(true);
    expect(result.isComplete).toBe(true);
  });

  it('flags descriptions without numbers and names what is missing', () => {
    const result = checkPresentLevels(
      'Marcus struggles with reading and is below grade level in math. He is a pleasure to have in class.',
    );
    expect(result.baseline).toBeNull();
    expect(result.impact).toBeNull();
    expect(result.strengths).toBeNull();
    expect(result.needs).toBeNull();
    expect(result.vague.map((v) => v.phrase)).toEqual(['struggles with', 'below grade level', 'is a pleasure']);
    expect(result.vague.every((v) => v.kind === 'unquantified-level')).toBe(true);
    expect(result.isComplete).toBe(false);
    expect(result.summary.en).toBe(
      'These present levels do not yet state current performance as a number, how the disability affects involvement and progress in the general curriculum, the student’s strengths, or the student’s needs.',
    );
  });

  it('flags vague Spanish descriptions', () => {
    const result = checkPresentLevels('Pablo tiene problemas con la lectura y está por debajo del nivel de grado.');
    expect(result.language).toBe('es');
    expect(result.vague.map((v) => v.phrase)).toEqual(['tiene problemas con', 'por debajo del nivel de grado']);
    expect(result.isComplete).toBe(false);
    expect(result.summary.es).toMatch(/^Estos niveles actuales todavía no indican /);
  });

  it('notices a baseline in a different unit from the goal', () => {
    const text =
      'Jae answers 40% of single-digit subtraction problems correctly on weekly probes. His strength is number sense. ' +
      'His disability limits his progress in the general curriculum in math. He needs instruction in regrouping.';
    expect(checkPresentLevels(text).unitMatch).toBeNull();
    const rate = checkPresentLevels(text, { goal: ROSA_GOAL });
    expect(rate.unitMatch).toBe(false);
    expect(rate.isComplete).toBe(false);
    expect(rate.summary.en).toContain('a baseline in the same unit as the goal');
    const share = checkPresentLevels(text, {
      goal: 'By June 2027, Jae will solve subtraction problems with regrouping with 85% accuracy on 3 of 4 probes.',
    });
    expect(share.unitMatch).toBe(true);
    expect(share.isComplete).toBe(true);
  });
});
