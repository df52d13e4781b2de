import { describe, expect, it } from 'vitest';
import { hasCitation } from '../law/rule-registry';
import { suggestedQuestions } from './meeting-questions';

describe('suggestedQuestions', () => {
  const questions = suggestedQuestions({
    steps: [
      {
        id: 'idea.initial-evaluation:2026-06-01',
        who: 'owed',
        urgency: 'overdue',
        due: '2026-07-31',
        title: { en: 'The initial evaluation is overdue', es: 'La evaluación inicial está vencida' },
        rule: { id: 'idea.initial-evaluation', citation: '34 CFR 300.301(c)', status: 'confirmed' },
      },
      {
        id: 'family:guide',
        who: 'family',
        urgency: 'now',
        due: null,
        title: { en: 'Answer the guide', es: 'Responda la guía' },
      },
    ],
    findings: [],
    goalsNotOnTrack: [{ id: 'g1', area: 'Reading fluency', statement: 'Reads 90 words a minute' }],
    cutServices: [
      {
        section: 'services',
        effect: 'reduced',
        message: {
          en: 'Speech therapy: time cut from 60 to 30 minutes a week',
          es: 'Terapia del habla: el tiempo se redujo de 60 a 30 minutos por semana',
        },
      },
    ],
  });

  it('asks about what the school owes and is overdue, each goal not on track and each service cut, in order', () => {
    expect(questions.map((q) => q.source)).toEqual(['overdue', 'goal', 'service']);
    expect(questions[0]?.text.en).toBe(
      'The initial evaluation is overdue. It was due on 31 July 2026. When will it be done? Please confirm it in writing.',
    );
    expect(questions[0]?.text.es).toContain('Vencía el 31 de julio de 2026.');
    expect(questions[1]?.text.en).toContain('"Reading fluency" is not on track');
    expect(questions[2]?.text.en).toContain('time cut from 60 to 30 minutes');
  });

  it('cites law that exists in the rules data for every question', () => {
    for (const question of questions) expect(hasCitation(question.citation), question.citation).toBe(true);
  });
});
