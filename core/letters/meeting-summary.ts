import { formatLongDate } from '../calendar/format-long-date';
import type { LetterInputOf } from '../schemas/letters';
import { cited, ownWords, t } from './letter-draft';
import type { LetterDraft, Sentence } from './letter-draft';
import { contactSentences, introSentence, longDate } from './letter-phrases';

/** The lines of a text box, each as the parent's own words, trimmed, empty lines dropped. */
function lines(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim().replace(/^[-–•*]\s*/, ''))
    .filter((line) => line !== '');
}

/** One item of a list, as its own paragraph: "– We agreed …". */
function item(line: string): Sentence[] {
  const [words] = ownWords(line);
  return words === undefined ? [] : [{ text: t(`– ${words.text.en}`, `– ${words.text.es}`) }];
}

/**
 * The after-meeting summary ("put it in writing"): what was decided, who does what by when, what the school
 * refused (with the request for prior written notice of each refusal, 34 CFR 300.503(a)), and, after an IEP
 * meeting, the request for a copy of the IEP (300.322(f)); the school is asked to answer in writing if its
 * record differs.
 */
export function meetingSummary(input: LetterInputOf<'meeting-summary'>): LetterDraft {
  const student = input.student.name;
  const on = longDate(input.heldOn);
  const isIep = input.framework === 'iep';
  const meeting = isIep ? t('IEP meeting', 'reunión del IEP') : t('504 plan meeting', 'reunión del plan 504');
  const decisions = lines(input.decisions);
  const actions = lines(input.actionItems);
  const refusals = lines(input.refusals);
  return {
    subject: t(
      `Summary of the ${meeting.en} of ${on.en} — ${student}`,
      `Resumen de la ${meeting.es} del ${on.es} — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        {
          text: t(
            `Thank you for meeting with me on ${on.en}. I am writing to confirm what we discussed and decided at the ${meeting.en}, so that we share the same written record.`,
            `Gracias por reunirse conmigo el ${on.es}. Le escribo para confirmar lo que hablamos y decidimos en la ${meeting.es}, para que ambos tengamos el mismo registro por escrito.`,
          ),
        },
      ],
      [{ text: t('At the meeting we decided the following:', 'En la reunión decidimos lo siguiente:') }],
      ...decisions.map(item),
      actions.length === 0
        ? []
        : [
            {
              text: t(
                'These are the next steps we agreed on, who will take each one and by when:',
                'Estos son los próximos pasos que acordamos, quién se encargará de cada uno y para cuándo:',
              ),
            },
          ],
      ...actions.map(item),
      refusals.length === 0
        ? []
        : [
            {
              text: t(
                'At the meeting, the district refused the following:',
                'En la reunión, el distrito se negó a lo siguiente:',
              ),
            },
          ],
      ...refusals.map(item),
      refusals.length === 0
        ? []
        : [
            cited(
              t(
                'Please give me prior written notice of each refusal, explaining why the district refuses, what evaluations, records or reports it relied on, and what other options it considered.',
                'Le pido que me entregue una notificación previa por escrito de cada negativa, que explique por qué el distrito se niega, en qué evaluaciones, expedientes o informes se basó y qué otras opciones consideró.',
              ),
              '34 CFR 300.503(a)',
              '34 CFR 300.503(b)',
            ),
          ],
      isIep
        ? [
            cited(
              t(
                `Please send me a copy of ${student}'s IEP as it stands after this meeting, at no cost to me.`,
                `Le pido que me envíe, sin costo, una copia del IEP de ${student} tal como quedó después de esta reunión.`,
              ),
              '34 CFR 300.322(f)',
            ),
          ]
        : [],
      [
        {
          text: t(
            'If your understanding of the meeting differs from this summary, please tell me in writing within ten days, so that we can correct the record together.',
            'Si su comprensión de la reunión difiere de este resumen, le ruego que me lo indique por escrito en un plazo de diez días, para que podamos corregir el registro juntos.',
          ),
        },
      ],
      contactSentences(input),
    ],
  };
}

/** "by 4 December 2026" / "para el 4 de diciembre de 2026": an action item's due date as the letter writes it. */
export function byWhen(due: string, language: 'en' | 'es'): string {
  return language === 'es' ? `para el ${formatLongDate(due, 'es')}` : `by ${formatLongDate(due, 'en')}`;
}
