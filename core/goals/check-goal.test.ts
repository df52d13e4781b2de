import { describe, expect, it } from 'vitest';
import { checkGoal } from './check-goal';
import type { GoalCheck } from '../schemas/goal-check';

type Part = 'timeframe' | 'condition' | 'behavior' | 'criterion' | 'measurement';
const ALL: Part[] = ['timeframe', 'condition', 'behavior', 'criterion', 'measurement'];

interface Case {
  readonly goal: string;
  readonly language: 'en' | 'es';
  readonly parts: readonly Part[];
  readonly vague: readonly string[];
  readonly measurable: boolean;
}

// Fictional students. Each expectation is what a careful reader applying docs/progress-methods.md 3.1–3.2 would find.
const CASES: readonly Case[] = [
  // English, measurable
  {
    goal: 'By June 2027, given a grade-level passage, Sam will read 90 words correct per minute in 3 of 4 weekly probes.',
    language: 'en',
    parts: ALL,
    vague: [],
    measurable: true,
  },
  {
    goal: 'Within 36 instructional weeks, when given 10 single-digit addition problems, Ava will solve 9 of 10 correctly on 3 consecutive probes as measured by teacher-made tests.',
    language: 'en',
    parts: ALL,
    vague: [],
    measurable: true,
  },
  {
    goal: 'By the end of the 2026-2027 school year, Leo will request a break using his picture card in 4 out of 5 opportunities, as measured by a frequency data sheet.',
    language: 'en',
    parts: ALL,
    vague: [],
    measurable: true,
  },
  {
    goal: 'By May 2027, Eli will increase oral reading fluency from 42 to 80 wcpm as measured by biweekly DIBELS probes.',
    language: 'en',
    parts: ['timeframe', 'behavior', 'criterion', 'measurement'],
    vague: [],
    measurable: true,
  },
  {
    goal: 'By March 15, 2027, during independent writing time, Priya will write a 5-sentence paragraph that scores 3 or higher on the district writing rubric in 3 of 4 monthly work samples.',
    language: 'en',
    parts: ALL,
    vague: [],
    measurable: true,
  },
  {
    goal: 'In 30 school days, given a visual schedule, Omar will transition between activities within 2 minutes in 8 of 10 observed transitions, as recorded on a data sheet by the classroom teacher.',
    language: 'en',
    parts: ALL,
    vague: [],
    measurable: true,
  },
  {
    goal: 'By June 2027, when presented with a 10-item math word problem probe, Diego will answer at least 8 items correctly as measured by weekly curriculum-based measurement.',
    language: 'en',
    parts: ALL,
    vague: [],
    measurable: true,
  },
  {
    goal: 'By the annual review date, Jordan will greet a peer by name during morning arrival on 4 of 5 consecutive school days, as measured by a staff tally sheet.',
    language: 'en',
    parts: ALL,
    vague: [],
    measurable: true,
  },
  {
    goal: 'Within 12 weeks, using a calculator, Hana will compute the total cost of 3 items with 90% accuracy across 4 consecutive sessions as measured by teacher-created checklists.',
    language: 'en',
    parts: ALL,
    vague: [],
    measurable: true,
  },
  {
    goal: 'By June 2027, given a list of 50 high-frequency words, Kai will read aloud 45 words correctly within 2 minutes, up from a baseline of 20 words, as measured by monthly teacher-made probes.',
    language: 'en',
    parts: ALL,
    vague: [],
    measurable: true,
  },
  {
    goal: 'By June 2027, Grace will independently complete 3-step math word problems with 80% accuracy on 4 of 5 weekly probes.',
    language: 'en',
    parts: ['timeframe', 'behavior', 'criterion', 'measurement'],
    vague: ['independently', '80% accuracy on 4 of 5'],
    measurable: true,
  },
  // English, not measurable
  { goal: 'Jamie will improve reading skills.', language: 'en', parts: [], vague: ['will improve'], measurable: false },
  { goal: 'Max will not yell in class.', language: 'en', parts: [], vague: ['will not'], measurable: false },
  {
    goal: 'Nora will demonstrate appropriate behavior as needed.',
    language: 'en',
    parts: [],
    vague: ['demonstrate appropriate behavior', 'as needed'],
    measurable: false,
  },
  {
    goal: 'Tyler will understand fractions by the end of the year.',
    language: 'en',
    parts: ['timeframe'],
    vague: ['understand'],
    measurable: false,
  },
  {
    goal: 'Ella will increase participation in class discussions.',
    language: 'en',
    parts: [],
    vague: ['increase participation'],
    measurable: false,
  },
  {
    goal: 'By June 2027, Ben will remain in his seat during math class.',
    language: 'en',
    parts: ['timeframe', 'condition'],
    vague: ['will remain'],
    measurable: false,
  },
  {
    goal: 'Zoe will behave better at recess with adult support.',
    language: 'en',
    parts: ['condition'],
    vague: ['behave better', 'with adult support'],
    measurable: false,
  },
  {
    goal: 'By the end of the semester, Noah will write a paragraph independently as measured by teacher observation.',
    language: 'en',
    parts: ['timeframe', 'behavior', 'measurement'],
    vague: ['independently', 'teacher observation'],
    measurable: false,
  },
  {
    goal: 'Lily will answer comprehension questions with 80% accuracy in 4 out of 5 trials.',
    language: 'en',
    parts: ['behavior', 'criterion'],
    vague: ['80% accuracy in 4 out of 5 trials'],
    measurable: false,
  },
  {
    goal: 'Sam will continue to work on math facts with some assistance as appropriate.',
    language: 'en',
    parts: [],
    vague: ['continue to', 'work on', 'with some assistance', 'as appropriate'],
    measurable: false,
  },
  {
    goal: 'During the school year, Mia will be exposed to grade-level standards and will recognize sight words.',
    language: 'en',
    parts: ['condition'],
    vague: ['be exposed to', 'grade-level standards', 'recognize'],
    measurable: false,
  },
  {
    goal: 'Aiden will have fewer angry outbursts and will be making progress on his expressive language deficit.',
    language: 'en',
    parts: [],
    vague: ['angry outbursts', 'making progress', 'expressive language deficit'],
    measurable: false,
  },
  // Spanish, measurable
  {
    goal: 'Para junio de 2027, dado un pasaje de nivel de grado, Sofía leerá 90 palabras correctas por minuto en 3 de 4 sondeos semanales.',
    language: 'es',
    parts: ALL,
    vague: [],
    measurable: true,
  },
  {
    goal: 'Para el final del año escolar, cuando se le presente una tarea de escritura, Mateo escribirá un párrafo de 5 oraciones con una puntuación de 3 en la rúbrica del distrito, según lo medido por muestras de trabajo mensuales.',
    language: 'es',
    parts: ALL,
    vague: [],
    measurable: true,
  },
  {
    goal: 'En 36 semanas de instrucción, dados 20 problemas de suma de dos dígitos, Lucía resolverá correctamente 18 de 20 problemas en 3 sesiones consecutivas, medido por pruebas hechas por la maestra.',
    language: 'es',
    parts: ALL,
    vague: [],
    measurable: true,
  },
  {
    goal: 'Para mayo de 2027, Andrés aumentará su fluidez lectora de 45 a 85 palabras correctas por minuto, según lo medido por sondeos quincenales de DIBELS.',
    language: 'es',
    parts: ['timeframe', 'behavior', 'criterion', 'measurement'],
    vague: [],
    measurable: true,
  },
  {
    goal: 'Para el 15 de diciembre de 2026, durante el recreo, Valentina pedirá turno a un compañero con palabras en 4 de 5 oportunidades observadas, según la hoja de datos del personal.',
    language: 'es',
    parts: ALL,
    vague: [],
    measurable: true,
  },
  {
    goal: 'Para junio de 2027, Elena escribirá oraciones completas de manera independiente con 80% de precisión en 4 de 5 intentos.',
    language: 'es',
    parts: ['timeframe', 'behavior', 'criterion'],
    vague: ['de manera independiente', '80% de precisión en 4 de 5 intentos'],
    measurable: true,
  },
  {
    goal: 'Dentro de 10 semanas, usando una calculadora, Tomás podrá resolver 8 de 10 problemas de dinero, registrado en una hoja de datos semanal.',
    language: 'es',
    parts: ALL,
    vague: [],
    measurable: true,
  },
  // Spanish, not measurable
  {
    goal: 'Luis comprenderá mejor las matemáticas.',
    language: 'es',
    parts: [],
    vague: ['comprenderá', 'mejor'],
    measurable: false,
  },
  {
    goal: 'Mia no gritará en clase y permanecerá sentada.',
    language: 'es',
    parts: [],
    vague: ['no gritará', 'permanecerá'],
    measurable: false,
  },
  {
    goal: 'Carlos mejorará sus habilidades de lectura según sea necesario.',
    language: 'es',
    parts: [],
    vague: ['mejorará', 'según sea necesario'],
    measurable: false,
  },
  {
    goal: 'Durante el año escolar, Isabel participará en actividades de grupo con apoyo del adulto.',
    language: 'es',
    parts: ['condition'],
    vague: ['participará en', 'con apoyo del adulto'],
    measurable: false,
  },
  {
    goal: 'Para el final del trimestre, Diego sabrá las tablas de multiplicar.',
    language: 'es',
    parts: ['timeframe'],
    vague: ['sabrá'],
    measurable: false,
  },
  {
    goal: 'El estudiante mostrará progreso en lectura según la observación informal de la maestra.',
    language: 'es',
    parts: [],
    vague: ['mostrará progreso', 'informal'],
    measurable: false,
  },
];

function partsFound(result: GoalCheck): Part[] {
  return ALL.filter((part) => result[part] !== null);
}

describe('checkGoal on real-style goals', () => {
  it('has at least 30 cases in both languages, measurable and not', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(CASES.filter((c) => c.language === 'es').length).toBeGreaterThanOrEqual(10);
    expect(CASES.filter((c) => c.measurable).length).toBeGreaterThanOrEqual(10);
    expect(CASES.filter((c) => !c.measurable).length).toBeGreaterThanOrEqual(10);
  });

  it.each(CASES)('$goal', ({ goal, language, parts, vague, measurable }) => {
    const result = checkGoal(goal);
    expect(result.language).toBe(language);
    expect(partsFound(result)).toEqual(parts);
    expect(result.vague.map((v) => v.phrase)).toEqual(vague);
    expect(result.measurable).toBe(measurable);
  });
});

describe('checkGoal details', () => {
  const spec = checkGoal(
    'By June 2027, given a grade-level passage, Sam will read 90 words correct per minute in 3 of 4 weekly probes.',
  );

  it('shows the words that revealed each part of the spec example, with their positions', () => {
    expect(spec.timeframe?.text).toBe('By June 2027');
    expect(spec.condition?.text).toBe('given a grade-level passage');
    expect(spec.behavior?.text).toBe('will read');
    expect(spec.criterion?.text).toBe('90 words correct per minute');
    expect(spec.measurement?.text).toBe('weekly probes');
    const text =
      'By June 2027, given a grade-level passage, Sam will read 90 words correct per minute in 3 of 4 weekly probes.';
    for (const part of ALL) {
      const found = spec[part];
      expect(found && text.slice(found.start, found.end)).toBe(found?.text);
    }
  });

  it('sums up in one sentence for a parent, in English and Spanish', () => {
    expect(spec.summary.en).toMatch(/^This goal is measurable: [^.]+\.$/);
    expect(spec.summary.es).toMatch(/^Esta meta es medible: [^.]+\.$/);
    const vague = checkGoal('Jamie will improve reading skills.');
    expect(vague.summary.en).toContain('not measurable');
    expect(vague.summary.en).toContain('“will improve”');
    expect(vague.summary.es).toContain('no es medible');
  });

  it('explains why each vague phrase is a problem, in both languages', () => {
    const result = checkGoal('Max will not yell and will behave appropriately as needed.');
    expect(result.vague.map((v) => v.kind)).toEqual(['dead-man', 'vague-change', 'hedge']);
    for (const finding of result.vague) {
      expect(finding.why.en.length).toBeGreaterThan(20);
      expect(finding.why.es.length).toBeGreaterThan(20);
    }
    expect(result.vague[0]?.why.en).toContain('dead-man');
  });

  it('uses the language it is given instead of guessing', () => {
    expect(checkGoal('Sam will read.', { language: 'es' }).language).toBe('es');
    expect(checkGoal('Sofía leerá 90 palabras.', { language: 'en' }).language).toBe('en');
  });

  it('reports the baseline when the goal states one', () => {
    expect(checkGoal('By May 2027, Eli will increase fluency from 42 to 80 wcpm.').baseline?.text).toBe(
      'from 42 to 80',
    );
    expect(checkGoal('Para mayo de 2027, Andrés aumentará su fluidez de 45 a 85 palabras.').baseline?.text).toBe(
      'de 45 a 85',
    );
  });

  it('flags and never throws on empty or odd input', () => {
    for (const text of ['', '   ', '!!!', '2027', 'will', 'podrá']) {
      const result = checkGoal(text);
      expect(result.measurable).toBe(false);
      expect(result.summary.en.length).toBeGreaterThan(0);
    }
  });

  it('does not count a change verb without a target number as behavior', () => {
    expect(checkGoal('By June 2027, Kim will increase her reading.').behavior).toBeNull();
    expect(checkGoal('By June 2027, Kim will decrease call-outs to 2 per class.').behavior?.text).toBe('will decrease');
  });

  it('steps over adverbs and "be able to" to find the verb', () => {
    expect(checkGoal('Ana will be able to accurately read 20 words.').behavior?.text).toBe(
      'will be able to accurately read',
    );
    expect(checkGoal('Ana will not hit peers but will request a break.').behavior?.text).toBe('will request');
    expect(checkGoal('Para junio, Ana será capaz de leer 20 palabras.').behavior?.text).toBe('será capaz de leer');
  });
});
