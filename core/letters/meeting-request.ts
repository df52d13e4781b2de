import type { LetterInputOf } from '../schemas/letters';
import { cited, ownWords, t } from './letter-draft';
import type { LetterDraft, Sentence } from './letter-draft';
import { contactSentences, introSentence, longDate } from './letter-phrases';

function topicsParagraph(topics: string | undefined): Sentence[] {
  const words = ownWords(topics);
  if (words.length === 0) return [];
  return [
    { text: t('I would like the team to discuss the following:', 'Me gustaría que el equipo tratara lo siguiente:') },
    ...words,
  ];
}

/** A parent's request for an IEP meeting (34 CFR 300.324(b)(1), 300.322). */
export function iepMeetingRequest(input: LetterInputOf<'iep-meeting-request'>): LetterDraft {
  const student = input.student.name;
  const last: Sentence[] =
    input.lastMeetingDate === undefined
      ? []
      : [
          {
            text: t(
              `The last IEP meeting was held on ${longDate(input.lastMeetingDate).en}.`,
              `La última reunión del IEP se celebró el ${longDate(input.lastMeetingDate).es}.`,
            ),
          },
        ];
  return {
    subject: t(`Request for an IEP meeting — ${student}`, `Solicitud de una reunión del IEP — ${student}`),
    paragraphs: [
      [
        introSentence(input),
        {
          text: t(
            `I am writing to ask for a meeting of ${student}’s IEP team.`,
            `Le escribo para solicitar una reunión del equipo del IEP de ${student}.`,
          ),
        },
      ],
      topicsParagraph(input.meetingTopics),
      [
        cited(
          t(
            'The team must review the IEP periodically, and not less than annually, and revise it as appropriate to address any lack of expected progress, the results of any reevaluation, information the parents provide, and the child’s anticipated needs.',
            'El equipo debe revisar el IEP periódicamente, y al menos una vez al año, y modificarlo según corresponda para atender la falta de progreso esperado, los resultados de cualquier reevaluación, la información que aporten los padres y las necesidades previstas del niño.',
          ),
          '34 CFR 300.324(b)(1)',
        ),
        ...last,
      ],
      [
        cited(
          t(
            'The district must take steps to ensure that I can take part in the meeting, including notifying me early enough to attend and scheduling it at a mutually agreed time and place.',
            'El distrito debe tomar medidas para asegurar que yo pueda participar en la reunión, lo que incluye avisarme con suficiente antelación para asistir y fijarla en una hora y un lugar acordados mutuamente.',
          ),
          '34 CFR 300.322(a)',
        ),
        {
          text: t(
            'Please send me written notice of the meeting stating its purpose, time and place and who will attend.',
            'Le ruego que me envíe una notificación escrita de la reunión con su propósito, la hora, el lugar y quiénes asistirán.',
          ),
        },
      ],
      contactSentences(
        input,
        t(
          'Please suggest a few dates and times that work for the team.',
          'Le ruego que me proponga algunas fechas y horas que convengan al equipo.',
        ),
      ),
    ],
  };
}

/** A parent's request for a Section 504 meeting (34 CFR 104.35, 104.36). */
export function section504MeetingRequest(input: LetterInputOf<'section504-meeting-request'>): LetterDraft {
  const student = input.student.name;
  return {
    subject: t(
      `Request for a Section 504 meeting — ${student}`,
      `Solicitud de una reunión de la Sección 504 — ${student}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        {
          text: t(
            `I am writing to ask for a meeting of the Section 504 team to review ${student}’s needs and plan.`,
            `Le escribo para solicitar una reunión del equipo de la Sección 504 para revisar las necesidades y el plan de ${student}.`,
          ),
        },
      ],
      topicsParagraph(input.meetingTopics),
      [
        cited(
          t(
            'Decisions about a student’s evaluation and placement under Section 504 are made by a group of persons knowledgeable about the child, the meaning of the evaluation data and the placement options, drawing on information from a variety of sources; the district must also reevaluate periodically.',
            'Las decisiones sobre la evaluación y la colocación de un estudiante según la Sección 504 las toma un grupo de personas que conocen al niño, el significado de los datos de evaluación y las opciones de colocación, a partir de información de diversas fuentes; el distrito también debe reevaluar periódicamente.',
          ),
          '34 CFR 104.35',
        ),
      ],
      [
        cited(
          t(
            'The district must have procedural safeguards for parents, including notice, an opportunity to examine the relevant records, and an impartial hearing with a review procedure.',
            'El distrito debe contar con garantías procesales para los padres, que incluyen la notificación, la oportunidad de examinar los expedientes pertinentes y una audiencia imparcial con un procedimiento de revisión.',
          ),
          '34 CFR 104.36',
        ),
        {
          text: t(
            'Please send me written notice of the meeting and a copy of the current plan and of any evaluation data the team will consider.',
            'Le ruego que me envíe una notificación escrita de la reunión y una copia del plan vigente y de los datos de evaluación que el equipo vaya a considerar.',
          ),
        },
      ],
      contactSentences(
        input,
        t(
          'Please suggest a few dates and times that work for the team.',
          'Le ruego que me proponga algunas fechas y horas que convengan al equipo.',
        ),
      ),
    ],
  };
}
